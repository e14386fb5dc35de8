namespace Timeline.Core.Documents;

/// <summary>A half-open range of UTF-16 code units in a document's text, as .NET indexes a string.</summary>
/// <remarks><see cref="End"/> is exclusive, as in the extraction JSON; an empty span has <c>Begin == End</c>.</remarks>
public readonly record struct TextSpan
{
    public TextSpan(int begin, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(begin);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, begin);
        (Begin, End) = (begin, end);
    }

    public int Begin { get; }

    public int End { get; }

    public int Length => End - Begin;

    public bool Contains(TextSpan other) => other.Begin >= Begin && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Begin < End && Begin < other.End;

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Begin, Length);
}
