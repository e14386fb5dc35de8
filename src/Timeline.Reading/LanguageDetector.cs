using System.Collections.Frozen;
using Timeline.Core.Documents;

namespace Timeline.Reading;

/// <summary>Tells German from English by counting frequent function words, which dominate any news text. A short text
/// with as many of one as of the other ("Macron traf am Montag Olaf Scholz.") is decided by German letters (ä, ö, ü, ß)
/// and German word endings (-te, -ten, -en, -ung, -keit, -lich) against English ones (-ed, -ing, -ly, -tion).</summary>
public static class LanguageDetector
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GermanWords = Lookup(
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des", "mit", "sich", "auf", "für",
        "von", "zu", "im", "auch", "hat", "wird", "werden", "sie", "er", "es", "wir", "nach", "bei", "aus", "sind", "wie",
        "noch", "über", "vor", "zum", "zur", "dass", "oder", "aber", "haben", "hatte", "wurde", "seit", "bereits", "am", "vom",
        "beim", "ins", "gegen", "um", "will", "soll", "nun", "heute", "gestern", "morgen");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords = Lookup(
        "the", "and", "is", "not", "a", "an", "of", "to", "in", "that", "it", "with", "for", "on", "was", "were", "has",
        "have", "had", "be", "been", "by", "at", "from", "this", "which", "will", "would", "said", "they", "he", "she",
        "we", "but", "or", "its", "their", "after", "also", "than", "into", "about");

    /// <summary>The language of <paramref name="text"/>; English when there is no evidence either way.</summary>
    public static Language Detect(ReadOnlySpan<char> text)
    {
        var (german, english) = Count(text, shapes: false);
        if (german == english)
        {
            // Word shapes only for a tie (a short or mixed text): most texts are decided by their function words.
            (german, english) = Count(text, shapes: true);
        }

        return german > english ? Language.German : Language.English;
    }

    /// <summary>The German and the English evidence of the first pages of <paramref name="text"/>: function words, or
    /// word shapes when <paramref name="shapes"/>.</summary>
    private static (int German, int English) Count(ReadOnlySpan<char> text, bool shapes)
    {
        var german = 0;
        var english = 0;
        var limit = Math.Min(text.Length, 20_000); // the first pages decide; long texts need not be scanned whole
        var i = 0;
        Span<char> lower = stackalloc char[16];
        while (i < limit)
        {
            while (i < limit && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < limit && char.IsLetter(text[i]))
            {
                i++;
            }

            var length = i - start;
            if (length is 0 or > 16)
            {
                continue;
            }

            var word = lower[..length];
            text.Slice(start, length).ToLowerInvariant(word);
            if (shapes)
            {
                german += GermanShape(word);
                english += EnglishShape(word);
                continue;
            }

            if (GermanWords.Contains(word))
            {
                german++;
            }

            if (EnglishWords.Contains(word))
            {
                english++;
            }
        }

        return (german, english);
    }

    /// <summary>German letters and frequent German endings of verbs and nouns, for texts too short for function words.</summary>
    private static int GermanShape(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny("äöüß") >= 0)
        {
            return 2;
        }

        return word.Length > 3 && (word.EndsWith("te") || word.EndsWith("ten") || word.EndsWith("en") || word.EndsWith("ung")
            || word.EndsWith("keit") || word.EndsWith("lich") || word.EndsWith("isch") || word.EndsWith("sch")) ? 1 : 0;
    }

    private static int EnglishShape(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("ed") || word.EndsWith("ing") || word.EndsWith("ly") || word.EndsWith("tion")
            || word.EndsWith("th") || word.EndsWith("ght") || word.EndsWith("ies")) ? 1 : 0;

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
