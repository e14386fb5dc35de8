using Timeline.Core.Documents;

namespace Timeline.Extraction.Text;

/// <summary>A word, number or punctuation mark of a text.</summary>
/// <param name="Span">Where it stands in the text.</param>
/// <param name="Kind">What it is made of.</param>
/// <param name="Lower">Its text in lower case (invariant culture), the form lexicons are looked up by.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, string Lower)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Whether the token's first character in <paramref name="text"/> is an upper-case letter.</summary>
    public bool IsCapitalized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Span.Length > 0 && char.IsUpper(text[Span.Begin]);
    }

    /// <summary>Whether it is the punctuation character <paramref name="c"/>.</summary>
    public bool Is(char c) => Kind == TokenKind.Punctuation && Lower.Length == 1 && Lower[0] == c;
}
