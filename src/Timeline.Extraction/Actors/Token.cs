namespace Timeline.Extraction.Actors;

/// <summary>A word, number or punctuation mark of a text, as the actor recognizer sees it.</summary>
/// <param name="Begin">First UTF-16 position.</param>
/// <param name="End">Exclusive end.</param>
/// <param name="Flags">What the token looks like.</param>
/// <param name="Hash">The 64-bit FNV-1a hash of its text (<see cref="PhraseTable.Extend"/>), computed once by the
/// tokenizer for the lookups of every pass (word sets, the phrase table, the common words).</param>
internal readonly record struct Token(int Begin, int End, TokenFlags Flags, ulong Hash)
{
    public int Length => End - Begin;

    public bool IsWord => (Flags & TokenFlags.Word) != 0;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public bool IsAllCaps => (Flags & TokenFlags.AllCaps) != 0;

    public bool HasHyphen => (Flags & TokenFlags.Hyphenated) != 0;

    public bool StartsLine => (Flags & TokenFlags.LineStart) != 0;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Begin, End - Begin);
}
