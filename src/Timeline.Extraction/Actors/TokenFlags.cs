namespace Timeline.Extraction.Actors;

/// <summary>The shape of a <see cref="Token"/>.</summary>
[Flags]
internal enum TokenFlags
{
    None = 0,

    /// <summary>Letters or digits (with inner hyphens, apostrophes and acronym points).</summary>
    Word = 1,

    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 2,

    /// <summary>Two or more letters, all upper case (<c>NATO</c>, <c>U.S.</c>).</summary>
    AllCaps = 4,

    /// <summary>Has an inner hyphen (<c>US-Präsident</c>).</summary>
    Hyphenated = 8,

    /// <summary>First token of a line (a heading, a caption).</summary>
    LineStart = 16,

    /// <summary>Starts with a digit.</summary>
    Numeric = 32,
}
