using System.Collections.Frozen;
using System.Collections.Immutable;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Text;

/// <summary>Splits a news text into sentences: at line breaks, and after <c>.</c>, <c>!</c>, <c>?</c> (with closing quotes)
/// followed by white space and an upper-case letter, a digit or an opening quote, unless the word before the point is a
/// known abbreviation, an ordinal ("1. Februar") or a single initial.</summary>
/// <remarks>Thread-safe and allocation-light: returns spans into the text, trimmed of surrounding white space.</remarks>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = new[]
    {
        "z.B", "bzw", "ca", "Dr", "Prof", "Nr", "St", "vgl", "etc", "usw", "u.a", "d.h", "Mio", "Mrd", "Jan", "Feb", "Febr",
        "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Mr", "Mrs", "Ms", "Gen", "Lt", "Col", "Sen",
        "Rep", "Gov", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "vs", "No", "Mt", "Oct", "Dec", "Mar", "Jan", "Hr", "Fr",
        "Abs", "Art", "bspw", "evtl", "ggf", "inkl", "sog", "u", "v", "Chr", "Std", "Min", "Tel", "U.S", "U.N", "a.m", "p.m",
    }.Distinct(StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static ImmutableArray<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, result);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && IsClosing(text[end]))
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
            {
                next++;
            }

            if (next < text.Length && text[next] != '\n' && !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && IsNonFinalPoint(text, i))
            {
                continue;
            }

            Add(text, start, end, result);
            start = end;
            i = end - 1;
        }

        Add(text, start, text.Length, result);
        return result.ToImmutable();
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or ')' or '»' or '«' or '“' or '”' or '’' or '‘';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '„' or '“' or '«' or '»' or '(' or '‚' or '-' or '–';

    private static bool IsNonFinalPoint(string text, int point)
    {
        var wordStart = point;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '„'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, point - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        // "1. Februar", "am 3. März": a German ordinal, not the end of a sentence.
        if (word.Length <= 2 && char.IsDigit(word[0]) && (word.Length == 1 || char.IsDigit(word[1])))
        {
            return true;
        }

        // "John F. Kennedy": a single initial.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, ImmutableArray<TextSpan>.Builder result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }
}
