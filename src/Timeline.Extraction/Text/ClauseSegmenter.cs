using System.Collections.Immutable;

namespace Timeline.Extraction.Text;

/// <summary>Cuts a sentence's tokens into clauses at commas, semicolons, colons, parentheses, spaced dashes and
/// quotation marks, and tracks whether each clause is quoted.</summary>
/// <remarks>No parser: a comma between list items also cuts, which the event extractor allows for by looking at
/// the whole sentence when a clause lacks an argument. Linear; thread-safe.</remarks>
public static class ClauseSegmenter
{
    public static ImmutableArray<Clause> Segment(ImmutableArray<Token> tokens)
    {
        var result = ImmutableArray.CreateBuilder<Clause>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            var c = token.Lower[0];
            var isQuote = c is '"' or '„' or '“' or '”' or '«' or '»';
            if (!isQuote && c is not (',' or ';' or ':' or '(' or ')' or '-' or '–' or '—'))
            {
                continue;
            }

            if (i > start)
            {
                result.Add(new Clause(start, i, quoted));
            }

            start = i + 1;
            if (isQuote)
            {
                quoted = c switch
                {
                    '„' or '«' => true,
                    '”' => false,
                    '»' => !quoted,
                    '“' => !quoted,
                    _ => !quoted,
                };
            }
        }

        if (tokens.Length > start)
        {
            result.Add(new Clause(start, tokens.Length, quoted));
        }

        return result.ToImmutable();
    }
}
