namespace Timeline.Extraction.Actors;

/// <summary>Splits a text into <see cref="Token"/>s: words keep inner hyphens (<c>US-Präsident</c>), apostrophes before a
/// letter other than a possessive s (<c>O'Brien</c>), combining marks and acronym points (<c>U.S.</c>); every other
/// non-space character is a token of its own.</summary>
/// <remarks>Allocation-free apart from the result list; one pass over the text.</remarks>
internal static class Tokenizer
{
    private const byte Letter = 1;
    private const byte Word = 2;
    private const byte Upper = 4;
    private const byte Space = 8;

    /// <summary>The classes of the Latin-1 characters, built from the same tests the tokenizer applies to any other
    /// character (<see cref="IsWordChar"/>, <see cref="char.IsLetter(char)"/>, <see cref="char.IsUpper(char)"/>,
    /// <see cref="char.IsWhiteSpace(char)"/>), so the table cannot disagree with them.</summary>
    private static readonly byte[] Latin1 = BuildLatin1();

    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        var lineStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 256 ? (Latin1[c] & Space) != 0 : char.IsWhiteSpace(c))
            {
                lineStart |= c is '\n' or '\r';
                i++;
                continue;
            }

            var flags = lineStart ? TokenFlags.LineStart : TokenFlags.None;
            lineStart = false;
            if (!IsWordChar(c))
            {
                var end = char.IsHighSurrogate(c) && i + 1 < text.Length ? i + 2 : i + 1;
                tokens.Add(new Token(i, end, flags, PhraseTable.Extend(PhraseTable.Start, text.AsSpan(i, end - i))));
                i = end;
                continue;
            }

            var start = i;
            // An acronym's first letter is followed by a point: most words skip the call.
            if (i + 1 < text.Length && text[i + 1] == '.' && TryAcronym(text, i, out var acronymEnd))
            {
                tokens.Add(new Token(start, acronymEnd, flags | TokenFlags.Word | TokenFlags.Capitalized | TokenFlags.AllCaps,
                    PhraseTable.Extend(PhraseTable.Start, text.AsSpan(start, acronymEnd - start))));
                i = acronymEnd;
                continue;
            }

            var upper = 0;
            var letters = 0;
            while (i < text.Length)
            {
                c = text[i];
                if (c < 256)
                {
                    // One table load per Latin-1 character instead of three classifications.
                    var kind = Latin1[c];
                    if ((kind & Word) != 0)
                    {
                        letters += kind & Letter;
                        upper += (kind & Upper) >> 2;
                        i++;
                        continue;
                    }
                }
                else if (IsWordChar(c))
                {
                    if (char.IsLetter(c))
                    {
                        letters++;
                        if (char.IsUpper(c))
                        {
                            upper++;
                        }
                    }

                    i++;
                    continue;
                }

                // An inner hyphen, slash-free: "US-Präsident", "Baden-Württemberg".
                if (c is '-' or '\u2011' && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)
                {
                    flags |= TokenFlags.Hyphenated;
                    i++;
                    continue;
                }

                // "O'Brien", "d'Estaing", but not the possessive "Biden's".
                if (c is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1])
                    && !(text[i + 1] is 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))))
                {
                    i++;
                    continue;
                }

                break;
            }

            flags |= TokenFlags.Word;
            var first = text[start];
            if (char.IsUpper(first))
            {
                flags |= TokenFlags.Capitalized;
                if (letters >= 2 && upper == letters)
                {
                    flags |= TokenFlags.AllCaps;
                }
            }
            else if (char.IsDigit(first))
            {
                flags |= TokenFlags.Numeric;
            }

            tokens.Add(new Token(start, i, flags, PhraseTable.Extend(PhraseTable.Start, text.AsSpan(start, i - start))));
        }
    }

    private static byte[] BuildLatin1()
    {
        var table = new byte[256];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            var kind = 0;
            if (IsWordChar(c))
            {
                kind |= Word;
                if (char.IsLetter(c))
                {
                    kind |= Letter;
                    if (char.IsUpper(c))
                    {
                        kind |= Upper;
                    }
                }
            }

            if (char.IsWhiteSpace(c))
            {
                kind |= Space;
            }

            table[i] = (byte)kind;
        }

        return table;
    }

    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>"U.S.", "U.N.", "U.S.A.": single upper-case letters each followed by a point.</summary>
    private static bool TryAcronym(string text, int i, out int end)
    {
        end = i;
        var letters = 0;
        while (end + 1 < text.Length && char.IsUpper(text[end]) && text[end + 1] == '.'
               && (end + 2 >= text.Length || !char.IsLetter(text[end + 2]) || char.IsUpper(text[end + 2])))
        {
            end += 2;
            letters++;
            if (end < text.Length && char.IsLetter(text[end]) && !(end + 1 < text.Length && text[end + 1] == '.'))
            {
                break;
            }
        }

        if (letters >= 2)
        {
            return true;
        }

        end = i;
        return false;
    }
}
