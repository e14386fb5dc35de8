namespace Timeline.Extraction.Actors;

/// <summary>A word, number or punctuation mark of a text, as the actor recognizer sees it.</summary>
/// <param name="Begin">First UTF-16 position.</param>
/// <param name="End">Exclusive end.</param>
/// <param name="Flags">What the token looks like.</param>
internal readonly record struct Token(int Begin, int End, TokenFlags Flags)
{
    public int Length => End - Begin;

    public bool IsWord => (Flags & TokenFlags.Word) != 0;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public bool IsAllCaps => (Flags & TokenFlags.AllCaps) != 0;

    public bool HasHyphen => (Flags & TokenFlags.Hyphenated) != 0;

    public bool StartsLine => (Flags & TokenFlags.LineStart) != 0;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Begin, End - Begin);
}
