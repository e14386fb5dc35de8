namespace Timeline.Extraction.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with digits, hyphens, apostrophes or inner points ("US-Regierung", "don't").</summary>
    Word,

    /// <summary>Digits with optional separators ("8500", "100.000", "3,5").</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}
