namespace Timeline.Extraction.Text;

/// <summary>A stretch of a sentence's tokens between clause boundaries (commas, semicolons, colons, dashes, quotes).</summary>
/// <param name="Start">Index of its first token in the sentence's token list.</param>
/// <param name="End">Index after its last token.</param>
/// <param name="Quoted">Whether it stands inside quotation marks.</param>
public readonly record struct Clause(int Start, int End, bool Quoted)
{
    public bool Contains(int token) => token >= Start && token < End;
}
