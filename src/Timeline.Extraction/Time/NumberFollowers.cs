using System.Collections.Frozen;

namespace Timeline.Extraction.Time;

/// <summary>Cheap necessary conditions on the text right after a number or trigger word (<see cref="TokenTrigger.Follow"/>):
/// each holds wherever the rule's pattern can match there, so skipping the regex when it fails changes no output. Every
/// method takes the text and the index right after the number's last digit (or the word's last letter).</summary>
internal sealed class NumberFollowers
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _months;

    /// <param name="monthWords">The leading letter runs of the month names and abbreviations.</param>
    public NumberFollowers(IEnumerable<string> monthWords) =>
        _months = monthWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"3. März", "3 März", "3.März": an optional full stop, white space, a month name.</summary>
    public bool Month(string text, int end)
    {
        var i = SkipSpace(text, At(text, end, '.') ? end + 1 : end);
        var word = LetterRun(text, i);
        return !word.IsEmpty && _months.Contains(word);
    }

    /// <summary>"01.02.", "1. 2.": a full stop, perhaps one white-space character, a number of one or two digits and a full
    /// stop ("2.500" fails).</summary>
    public static bool DotDate(string text, int end)
    {
        if (!At(text, end, '.'))
        {
            return false;
        }

        var i = end + 1 < text.Length && char.IsWhiteSpace(text[end + 1]) ? end + 2 : end + 1;
        var digits = DigitRun(text, i);
        return digits is 1 or 2 && At(text, i + digits, '.');
    }

    /// <summary>"10:30", "10.30".</summary>
    public static bool DotOrColonDigit(string text, int end) =>
        end < text.Length && text[end] is '.' or ':' && Digit(text, end + 1);

    /// <summary>"18 Uhr", "18.30 Uhr": optional minutes, then "Uhr" ("2.500 Euro" fails).</summary>
    public static bool Clock(string text, int end) =>
        SkipSpace(text, AfterMinutes(text, end)) is var i && i < text.Length && text[i] is 'U' or 'u';

    /// <summary>"10 bis 18 Uhr", "10-18 Uhr", "10.30 und 14 Uhr": optional minutes, a separator, then a number.</summary>
    public static bool ClockRange(string text, int end)
    {
        var i = SkipSpace(text, AfterMinutes(text, end));
        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] is '-' or '–' or '/')
        {
            i++;
        }
        else if (text[i] is 'b' or 'B' or 'u' or 'U')
        {
            i += LetterRun(text, i).Length;
        }
        else
        {
            return false;
        }

        return Digit(text, SkipSpace(text, i));
    }

    /// <summary>"3., 4. und 5. Oktober", "3. bis 5. März": an optional full stop, a list separator, then a number.</summary>
    public static bool ListSeparator(string text, int end)
    {
        var i = SkipSpace(text, At(text, end, '.') ? end + 1 : end);
        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] is not (',' or '-' or '–' or '/' or '&'))
        {
            var word = LetterRun(text, i);
            if (!word.StartsWith("bis", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("und", StringComparison.OrdinalIgnoreCase)
                && !word.StartsWith("sowie", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // The rest of the separator is words and white space ("und am"); the next day follows, then a full stop or another
        // separator ("2,5 Millionen" fails).
        i++;
        while (i < text.Length && (char.IsLetter(text[i]) || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        var digits = DigitRun(text, i);
        if (digits is not (1 or 2))
        {
            return false;
        }

        var next = SkipSpace(text, i + digits);
        return next < text.Length && (text[i + digits] == '.' || text[next] is ',' or '-' or '–' or '/' or '&' or 'b' or 'B' or 'u' or 'U' or 's' or 'S');
    }

    /// <summary>A word of <paramref name="words"/> (matched case-insensitively), or a digit when <paramref name="digit"/>,
    /// after an optional full stop and white space: "1. Quartal", "ersten Halbjahr", "alle drei Tage".</summary>
    public static Func<string, int, bool> WordOf(IEnumerable<string> words, bool digit = false)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        return (text, end) => SkipSpace(text, At(text, end, '.') ? end + 1 : end) is var i
            && ((digit && Digit(text, i)) || set.Contains(LetterRun(text, i)));
    }

    /// <summary><paramref name="follow"/>, and white space and a word of <paramref name="words"/> (matched
    /// case-insensitively) right before the number that ends at the index: "am 3.5.", "um 9.30".</summary>
    public static Func<string, int, bool> AfterWordOf(IEnumerable<string> words, Func<string, int, bool> follow)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        return (text, end) =>
        {
            if (!follow(text, end))
            {
                return false;
            }

            var i = end;
            while (i > 0 && char.IsDigit(text[i - 1]))
            {
                i--;
            }

            if (i == 0 || !char.IsWhiteSpace(text[i - 1]))
            {
                return false;
            }

            while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            var start = i;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            return set.Contains(text.AsSpan(start, i - start));
        };
    }

    /// <summary>"2022-02-01".</summary>
    public static bool Hyphen(string text, int end) => At(text, end, '-');

    /// <summary>"90er", "1990er".</summary>
    public static bool Er(string text, int end) => end < text.Length && text[end] is 'e' or 'E';

    /// <summary>The index after ".30" or ":30" at <paramref name="end"/>, else <paramref name="end"/>.</summary>
    private static int AfterMinutes(string text, int end) => DotOrColonDigit(text, end) && Digit(text, end + 2) ? end + 3 : end;

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

    private static bool Digit(string text, int index) => index < text.Length && char.IsDigit(text[index]);

    private static int DigitRun(string text, int index)
    {
        var end = index;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return end - index;
    }

    private static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static ReadOnlySpan<char> LetterRun(string text, int index)
    {
        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(index, end - index);
    }
}
