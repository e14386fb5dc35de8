using System.Collections.Frozen;
using Timeline.Core.Documents;

namespace Timeline.Reading;

/// <summary>Tells German from English by counting frequent function words, which dominate any news text.</summary>
public static class LanguageDetector
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GermanWords = Lookup(
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des", "mit", "sich", "auf", "für",
        "von", "zu", "im", "auch", "hat", "wird", "werden", "sie", "er", "es", "wir", "nach", "bei", "aus", "sind", "wie",
        "noch", "über", "vor", "zum", "zur", "dass", "oder", "aber", "haben", "hatte", "wurde", "seit", "bereits");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords = Lookup(
        "the", "and", "is", "not", "a", "an", "of", "to", "in", "that", "it", "with", "for", "on", "was", "were", "has",
        "have", "had", "be", "been", "by", "at", "from", "this", "which", "will", "would", "said", "they", "he", "she",
        "we", "but", "or", "its", "their", "after", "also", "than", "into", "about");

    /// <summary>The language of <paramref name="text"/>; English when there is no evidence either way.</summary>
    public static Language Detect(ReadOnlySpan<char> text)
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
            if (GermanWords.Contains(word))
            {
                german++;
            }

            if (EnglishWords.Contains(word))
            {
                english++;
            }
        }

        return german > english ? Language.German : Language.English;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
