using System.Collections.Frozen;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Time;

/// <summary>Reads the temporal direction of a sentence from a small verb-form lexicon
/// (<c>Languages/&lt;Lang&gt;/time-tense.tsv</c>): future markers (werden + infinitive, will, going to, plan verbs)
/// against past markers (Perfekt and Präteritum auxiliaries, frequent past forms, participles).</summary>
/// <remarks>Immutable and thread-safe. No part-of-speech model is used: this is a count of marker words.</remarks>
public sealed class TenseDetector
{
    private const int MaxReach = 400;
    private const int LocalReach = 8;

    private static readonly FrozenSet<string> Titles =
        FrozenSet.ToFrozenSet(["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Prof", "Sept", "Oct", "Nov", "Dec", "Jan", "Feb", "Aug"], StringComparer.Ordinal);

    private static readonly Lazy<TenseDetector> German = new(() => new TenseDetector(Language.German));
    private static readonly Lazy<TenseDetector> English = new(() => new TenseDetector(Language.English));

    private readonly FrozenDictionary<string, Marker> _markers;
    private readonly FrozenDictionary<string, Marker>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Language _language;

    private TenseDetector(Language language)
    {
        _language = language;
        var lexicon = TimeLexicon.Load(language, "time-tense.tsv");
        var markers = new Dictionary<string, Marker>(StringComparer.OrdinalIgnoreCase);
        foreach (var (category, marker) in new[] { ("future", Marker.Future), ("past", Marker.Past), ("perfect-aux", Marker.PerfectAux), ("local-future", Marker.LocalFuture), ("local-past", Marker.LocalPast) })
        {
            foreach (var form in lexicon.FormsIfAny(category))
            {
                markers[form] = markers.GetValueOrDefault(form) | marker;
            }
        }

        // One case-insensitive lookup per word (this runs for every sentence that holds a relative expression).
        _markers = markers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _markers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [Flags]
    private enum Marker
    {
        None = 0,
        Future = 1,
        Past = 2,
        PerfectAux = 4,
        LocalFuture = 8,
        LocalPast = 16,
    }

    private Marker MarkerOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var marker) ? marker : Marker.None;

    /// <summary>The shared detector of <paramref name="language"/>.</summary>
    public static TenseDetector For(Language language) => language == Language.German ? German.Value : English.Value;

    /// <summary>The direction of the sentence of <paramref name="text"/> that contains <paramref name="position"/>.</summary>
    public Direction DirectionAt(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (begin, end) = SentenceAround(text, Math.Clamp(position, 0, text.Length));
        return Detect(text.AsSpan(begin, end - begin));
    }

    /// <summary>The direction of one clause or sentence.</summary>
    public Direction Detect(ReadOnlySpan<char> sentence)
    {
        int future = 0, past = 0;
        var perfectAux = false;
        var participle = false;
        var i = 0;
        while (NextWord(sentence, ref i, out var start))
        {
            var word = sentence[start..i];
            var marker = MarkerOf(word);
            if (IsMonthMay(sentence, start, i))
            {
                continue; // "On May 6, he was charged": the month, not the modal
            }

            if ((marker & Marker.Future) != 0)
            {
                if (!NeedsTo(word) || sentence[i..].TrimStart(' ').StartsWith("to ", StringComparison.Ordinal))
                {
                    future++; // "set to resume", "plans to hold", not "set Friday as the deadline" or "vacation plans"
                }
            }
            else if ((marker & Marker.Past) != 0)
            {
                past++;
            }
            else if ((marker & Marker.PerfectAux) != 0)
            {
                perfectAux = true;
            }
            else if (char.IsLower(word[0]) && IsParticiple(word))
            {
                participle = true;
            }
        }

        if (participle && (perfectAux || _language == Language.English))
        {
            past++;
        }

        return future > past ? Direction.Future : past > future ? Direction.Past : future > 0 ? Direction.Future : Direction.Unknown;
    }

    /// <summary>The direction of the first verb marker of a clause (its main verb when the clause follows a fronted
    /// adverbial: "said the Tories would ..." is past, "plans to hold" future), else that of the whole clause.</summary>
    public Direction LeadingDirection(ReadOnlySpan<char> clause)
    {
        var i = 0;
        while (NextWord(clause, ref i, out var start))
        {
            var word = clause[start..i];
            if (IsMonthMay(clause, start, i))
            {
                continue;
            }

            var marker = MarkerOf(word);
            if ((marker & Marker.Future) != 0 && (!NeedsTo(word) || clause[i..].TrimStart(' ').StartsWith("to ", StringComparison.Ordinal)))
            {
                return Direction.Future;
            }

            if ((marker & Marker.Past) != 0)
            {
                return Direction.Past;
            }
        }

        return Detect(clause);
    }

    /// <summary>The direction of the nearest verb marker in the few words before <paramref name="position"/> (inside its
    /// clause): in English the verb that governs a time expression usually stands just before it ("said Monday",
    /// "will meet on Thursday", "effective June 1"). Unknown when none is near.</summary>
    public Direction LocalDirection(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = Math.Clamp(position, 0, text.Length);
        for (var words = 0; words < LocalReach && i > 0;)
        {
            var c = text[i - 1];
            if (IsClauseMark(c) || IsBoundary(text, i - 1))
            {
                break;
            }

            if (!char.IsLetter(c))
            {
                i--;
                continue;
            }

            var end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '\''))
            {
                i--;
            }

            words++;
            var word = text.AsSpan(i, end - i);
            var marker = MarkerOf(word);
            if (IsMonthMay(text, i, end))
            {
                continue;
            }
            if ((marker & Marker.LocalFuture) != 0
                || (word.Equals("to", StringComparison.Ordinal) && (PreviousWordsContain(text, i, "is", 1) || PreviousWordsContain(text, i, "are", 1))))
            {
                if (word.Equals("until", StringComparison.OrdinalIgnoreCase) && IsPastPerfectSentence(text, position))
                {
                    return Direction.Past; // "Until Thursday, they had not called him a suspect": a limit in the past
                }

                return Direction.Future; // "until Tuesday", "planned ... on Saturday", "as early as Tuesday"
            }

            if ((marker & Marker.LocalPast) != 0)
            {
                return Direction.Past; // "since Monday", "since shortly after the Oct. 23 slaying"
            }

            if ((marker & Marker.Future) != 0)
            {
                if (NeedsTo(word) && !NextWordIs(text, end, "to"))
                {
                    continue; // "set Friday as the deadline": the past form; "vacation plans": the noun
                }

                // "had been due to expire Friday": a plan of the past
                return PreviousWordsContain(text, i, "had", 2) ? Direction.Past : Direction.Future;
            }

            if ((marker & Marker.Past) != 0 || (char.IsLower(word[0]) && IsParticiple(word)))
            {
                if (_language == Language.English && IsFuturePassive(text, i))
                {
                    continue; // "would be paid in January", "is to be completed by June": the modal before it decides
                }

                return Direction.Past;
            }
        }

        return Direction.Unknown;
    }

    /// <summary>Moves <paramref name="i"/> past the next word of <paramref name="text"/> (letters and apostrophes, starting
    /// with a letter) and gives its start; false when no word is left.</summary>
    private static bool NextWord(ReadOnlySpan<char> text, ref int i, out int start)
    {
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
        {
            i++;
        }

        return i > start;
    }

    /// <summary>Forms that mark a plan only before "to": "set to resume", "plans to hold" (not "set Friday as the
    /// deadline", "vacation plans").</summary>
    private static bool NeedsTo(ReadOnlySpan<char> word) =>
        word.Equals("set", StringComparison.Ordinal) || word.Equals("plans", StringComparison.Ordinal) || word.Equals("plan", StringComparison.Ordinal);

    /// <summary>Whether the sentence around <paramref name="position"/> has a past perfect ("had not called", "had
    /// agreed") and no modal of the future.</summary>
    private bool IsPastPerfectSentence(string text, int position)
    {
        var (begin, end) = SentenceAround(text, position);
        var sentence = text.AsSpan(begin, end - begin);
        var had = false;
        var i = 0;
        while (NextWord(sentence, ref i, out var start))
        {
            var word = sentence[start..i];
            if (word.Equals("had", StringComparison.OrdinalIgnoreCase) || word.Equals("hadn't", StringComparison.OrdinalIgnoreCase))
            {
                had = true;
            }
            else if (word.Equals("will", StringComparison.OrdinalIgnoreCase) || word.Equals("would", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return had;
    }

    /// <summary>Whether the word [<paramref name="start"/>, <paramref name="end"/>) is the month "May" rather than the
    /// modal: capitalised inside a sentence and followed by a day number ("May 6"), or after a preposition ("in May").</summary>
    private static bool IsMonthMay(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start != 3 || !text[start..end].Equals("May", StringComparison.Ordinal))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next < text.Length && char.IsDigit(text[next]))
        {
            return true;
        }

        var before = start;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        var wordEnd = before;
        while (before > 0 && char.IsLetter(text[before - 1]))
        {
            before--;
        }

        return text[before..wordEnd] is "in" or "since" or "until" or "by" or "of" or "from" or "through" or "during" or "early" or "late" or "mid" or "last" or "next" or "this";
    }

    /// <summary>Whether the participle at <paramref name="index"/> follows "will be", "would be" or "to be".</summary>
    private static bool IsFuturePassive(string text, int index)
    {
        var i = index;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i < 3 || !text.AsSpan(i - 3, 3).Equals(" be", StringComparison.Ordinal))
        {
            return false;
        }

        i -= 3;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        var end = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '\''))
        {
            i--;
        }

        return text.AsSpan(i, end - i) is "will" or "would" or "to" or "'ll" or "shall";
    }

    private static bool NextWordIs(string text, int index, string word)
    {
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        return text.AsSpan(index).StartsWith(word, StringComparison.Ordinal)
            && (index + word.Length == text.Length || !char.IsLetter(text[index + word.Length]));
    }

    private static bool PreviousWordsContain(string text, int index, string word, int count)
    {
        for (var n = 0; n < count; n++)
        {
            while (index > 0 && text[index - 1] == ' ')
            {
                index--;
            }

            var end = index;
            while (index > 0 && char.IsLetter(text[index - 1]))
            {
                index--;
            }

            if (end == index)
            {
                return false;
            }

            if (text.AsSpan(index, end - index).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsParticiple(ReadOnlySpan<char> word)
    {
        if (_language == Language.German)
        {
            return word.Length >= 6 && word.StartsWith("ge", StringComparison.Ordinal)
                && (word.EndsWith("t", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal));
        }

        return word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>The sentence around <paramref name="position"/>: bounded by . ! ? or a line break (a full stop after a
    /// digit is an ordinal, not a boundary), and at most a few hundred characters to either side.</summary>
    internal static (int Begin, int End) SentenceAround(string text, int position)
    {
        var begin = position;
        var floor = Math.Max(0, position - MaxReach);
        while (begin > floor && !IsBoundary(text, begin - 1))
        {
            begin--;
        }

        var end = position;
        var ceiling = Math.Min(text.Length, position + MaxReach);
        while (end < ceiling && !IsBoundary(text, end))
        {
            end++;
        }

        return (begin, end);
    }

    /// <summary>The clause around <paramref name="position"/> inside the sentence [<paramref name="begin"/>, <paramref name="end"/>):
    /// bounded by commas, semicolons, colons, dashes and quotes.</summary>
    internal static (int Begin, int End) ClauseAround(string text, int position, int begin, int end)
    {
        var from = Math.Min(position, end);
        while (from > begin && !IsClauseMark(text[from - 1]))
        {
            from--;
        }

        var to = Math.Max(position, begin);
        while (to < end && !IsClauseMark(text[to]))
        {
            to++;
        }

        return (from, Math.Max(from, to));
    }

    private static bool IsClauseMark(char c) => c is ',' or ';' or ':' or '–' or '"' or '„' or '“' or '(' or ')';

    /// <summary>A full stop that ends an initialism ("U.S.", "U.N.") or a title ("Mr.", "Dr.") rather than a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var length = dot - start;
        if (length == 1 && char.IsUpper(text[start]) && start > 0 && text[start - 1] == '.')
        {
            return true; // the last letter of U.S.
        }

        return length is >= 2 and <= 4 && char.IsUpper(text[start]) && Titles.Contains(text.Substring(start, length));
    }

    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c is '\n' or '!' or '?')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        var previous = i > 0 ? text[i - 1] : ' ';
        return char.IsWhiteSpace(next) && !char.IsDigit(previous) && !IsAbbreviation(text, i);
    }
}
