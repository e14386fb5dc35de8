using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Text;

/// <summary>Splits a stretch of text into words, numbers and punctuation marks.</summary>
/// <remarks>Linear in the length of the text; words keep inner hyphens, apostrophes and points ("U.S.", "US-Kollege").
/// Thread-safe.</remarks>
public static class Tokenizer
{
    // The tokens of the current call, reused by the next call on the same thread (one exact-size array per call).
    [ThreadStatic]
    private static List<Token>? _scratch;

    // Punctuation tokens of the Latin-1 range share their strings.
    private static readonly string[] SingleCharacters = Enumerable.Range(0, 256).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>Tokenizes <paramref name="text"/> between <paramref name="span"/>'s bounds.</summary>
    public static ImmutableArray<Token> Tokenize(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = _scratch ??= new List<Token>(256);
        result.Clear();
        var i = span.Begin;
        var end = Math.Min(span.End, text.Length);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                // "U.S." keeps its final point when a letter-point pair precedes it.
                if (i < end && text[i] == '.' && i - start >= 2 && text[i - 2] == '.')
                {
                    i++;
                }

                result.Add(new Token(new TextSpan(start, i), TokenKind.Word, InvariantCase.ToLower(text.AsSpan(start, i - start))));
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < end && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                result.Add(new Token(new TextSpan(start, i), TokenKind.Number, text.Substring(start, i - start)));
            }
            else
            {
                i++;
                result.Add(new Token(new TextSpan(start, i), TokenKind.Punctuation, c < SingleCharacters.Length ? SingleCharacters[c] : c.ToString()));
            }
        }

        var tokens = ImmutableArray.Create(CollectionsMarshal.AsSpan(result));
        if (result.Capacity > 65_536)
        {
            _scratch = null; // a huge text: let its buffer go
        }

        return tokens;
    }

    // Called for every character that ends a word: inlined (its pattern match is too big for the JIT's default budget).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '.' or '\u2011';
}
