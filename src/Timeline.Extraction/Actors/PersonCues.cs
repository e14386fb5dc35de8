using Timeline.Core.Actors;

namespace Timeline.Extraction.Actors;

/// <summary>Evidence that a capitalised word is a person although no given name, honorific or role stands before it:
/// a well-known surname (<c>actors-known-persons.txt</c>: "Goethe", "Beethovens"), a verb that takes a person as its
/// subject right after the name ("Kolb lebte", "Kolb starb"), "laut Kolb", a birth or life-span parenthesis
/// ("Kolb (* 1950)", "Kolb (1756–1791)"), an age between commas ("Kolb, 45,") and a passive "wurde ... geboren".</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class PersonCues
{
    // Finite verbs (third person) whose subject is nearly always a person, when they directly follow a name.
    private static readonly WordSet PersonVerbs = new(new[]
    {
        "lebte", "lebt", "starb", "stirbt", "heiratete", "heiratet", "komponierte", "komponiert", "studierte", "studiert",
        "floh", "flüchtete", "promovierte", "emigrierte", "verstarb", "schrieb", "schreibt", "erzielte", "erzielt",
        "gewann", "gewinnt", "wechselte", "spielte", "trainierte", "trainiert", "singt", "malte", "dichtete",
        "arbeitete", "wohnte", "wohnt", "verließ", "erzählte", "erzählt", "meinte", "findet", "fand", "weiß", "wusste",
        "resümierte", "kommentierte", "urteilte", "gestand", "gesteht", "schoss", "köpfte", "traf", "siegte",
        "unterlag", "verlor", "wuchs", "absolvierte", "lehrte", "predigte", "regierte", "herrschte",
        "died", "lived", "married", "wrote", "won", "scored", "played", "sang", "studied",
    });

    // Words before a name that mark it as a person's: "laut Kolb", "nach Ansicht von Kolb" is left out (places too).
    private static readonly WordSet PersonPrepositions = new(new[] { "laut", "Laut", "zufolge" });

    private readonly WordSet _known;

    public PersonCues()
    {
        _known = new WordSet(ActorDictionary.ReadResourceLines("actors-known-persons.txt")
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>Whether <paramref name="word"/> is a well-known person's surname, as written or in the genitive
    /// ("Goethes", "Marx'").</summary>
    public bool IsKnownPerson(ReadOnlySpan<char> word) => IsKnownPerson(word, word.Length >= 3 && _known.Contains(word));

    /// <summary>As <see cref="IsKnownPerson(ReadOnlySpan{char})"/>, with the answer for the word as written given
    /// (asked of a token, whose hash the tokenizer computed).</summary>
    private bool IsKnownPerson(ReadOnlySpan<char> word, bool listed) =>
        word.Length >= 3 && (listed
                             || word[^1] is 's' or '\'' && _known.Contains(word[..^1])
                             || word.EndsWith("ens", StringComparison.Ordinal) && _known.Contains(word[..^2]));

    // Words before a place name that make it a place even before a capitalised word ("in Stanley Park").
    private static readonly WordSet PlacePrepositions = new(new[]
    {
        "in", "nach", "aus", "bei", "im", "nahe", "bis", "über", "Richtung", "from", "to", "near", "at", "In", "Aus",
        "Nach", "Bei", "Im", "gen", "zwischen", "um",
    });

    /// <summary>Whether token <paramref name="i"/> is a place of one token only, not a part of a compound.</summary>
    public static bool IsSinglePlace(List<Candidate> all, int[] owner, int i) =>
        owner[i] >= 0 && all[owner[i]] is { Place: >= 0, IsPart: false } place && place.FirstToken == i && place.LastToken == i;

    /// <summary>Whether token <paramref name="i"/>, a place of one token, may still be a given name ("Wayne Rooney",
    /// "von Martin Stoll"): a capitalised word follows and no place preposition stands before it ("in Stanley").</summary>
    public static bool IsGivenNamePlace(string text, List<Token> tokens, List<Candidate> all, int[] owner, int i) =>
        IsSinglePlace(all, owner, i) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].IsWord
        && !(i > 0 && PlacePrepositions.Contains(tokens[i - 1].Of(text)));

    /// <summary>The end of a name <paramref name="start"/>..<paramref name="end"/> widened over a regnal number or an
    /// abbreviated surname written with a point right after it: "Elisabeth II.", "Benedikt XVI.", "Nico G.".</summary>
    public static int WithNumeralOrInitial(string text, List<Token> tokens, int[] owner, int start, int end)
    {
        if (end > start && end + 1 < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized
            && (tokens[end].Length == 1 || IsRomanNumeral(tokens[end].Of(text))) && tokens[end + 1].Begin == tokens[end].End
            && tokens[end + 1].Length == 1 && text[tokens[end + 1].Begin] == '.')
        {
            return end + 1; // the run took the letter already: "Nico G" + "."
        }

        if (end < start || end + 2 >= tokens.Count || owner[end + 1] >= 0)
        {
            return end;
        }

        var next = tokens[end + 1];
        var point = tokens[end + 2];
        if (!next.IsWord || !next.IsCapitalized || point.Begin != next.End || point.Length != 1 || text[point.Begin] != '.'
            || next.Begin != tokens[end].End + 1 || !(next.Length == 1 || IsRomanNumeral(next.Of(text))))
        {
            return end;
        }

        return end + 2;
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        if (word.Length > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the context of the capitalised words <paramref name="first"/>..<paramref name="last"/> marks
    /// them as a person.</summary>
    public static bool HasContextCue(string text, List<Token> tokens, int first, int last)
    {
        if (first > 0 && PersonPrepositions.Contains(tokens[first - 1].Of(text)))
        {
            return true; // "laut Kolb"
        }

        if (HasSurnameEnding(tokens[last].Of(text)))
        {
            return true; // "Chodorkowski", "Petković", "Nilsson", "Pankratius"
        }

        if (IsGenitiveAfterNoun(text, tokens, first, last))
        {
            return true; // "die Aussagen Rudolphs", "einen Sieg Roddicks"
        }

        if (last + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[last + 1].Of(text);
        if (PersonVerbs.Contains(next) || next is "zufolge")
        {
            return true; // "Kolb lebte", "Kolb zufolge"
        }

        if (next is "(" && last + 2 < tokens.Count)
        {
            // "Kolb (* 1950)", "Kolb (geb. Meier)", "Kolb (1756–1791)", "Kolb († 2001)"
            var inside = tokens[last + 2].Of(text);
            if (inside is "*" or "†" or "geb" or "geboren" or "gest" or "born" || IsLifeSpan(text, tokens, last + 2))
            {
                return true;
            }
        }

        if (next is "," && last + 2 < tokens.Count && tokens[last + 2].Of(text) is "*" or "†")
        {
            return true; // "Kolb, * 1727"
        }

        if (next is "," && last + 3 < tokens.Count && (tokens[last + 2].Flags & TokenFlags.Numeric) != 0
            && tokens[last + 2].Length <= 2 && tokens[last + 3].Of(text) is "," or ")")
        {
            return true; // "Kolb, 45, sagte"
        }

        if (next is "wurde" or "war")
        {
            // "Kolb wurde 1950 in Lübeck geboren", "Kolb war mit ... verheiratet"
            for (var k = last + 2; k < tokens.Count && k <= last + 10; k++)
            {
                var word = tokens[k].Of(text);
                if (word is "geboren" or "verheiratet")
                {
                    return true;
                }

                if (word is "." or ";" or "und")
                {
                    break;
                }
            }
        }

        return false;
    }

    // Endings of surnames (Slavic, Romanian, Greek, Georgian, Scandinavian, Latin) that German words do not have.
    private static readonly string[] SurnameEndings =
    [
        "ski", "sky", "ska", "ić", "enko", "escu", "opoulos", "oulos", "ishvili", "schwili", "adze", "witsch",
        "sson", "ius", "czyk", "chuk", "tschuk", "ewa", "owa", "yev", "jew", "ova",
    ];

    /// <summary>A word of five or more letters with a surname ending of <see cref="SurnameEndings"/>.</summary>
    private static bool HasSurnameEnding(ReadOnlySpan<char> word)
    {
        if (word.Length < 6)
        {
            return false;
        }

        foreach (var ending in SurnameEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name in the genitive after the noun it belongs to: "die Nachfolger Porzners über", "der Sieg Roddicks,"
    /// (a capitalised common noun inside the sentence before it, no capitalised word after it).</summary>
    private static bool IsGenitiveAfterNoun(string text, List<Token> tokens, int first, int last)
    {
        var word = tokens[last].Of(text);
        if (first != last || first < 2 || word.Length < 5 || word[^1] != 's' || word[^2] is 's' or 'x' or 'z'
            || last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && tokens[last + 1].IsWord)
        {
            return false;
        }

        var noun = tokens[first - 1];
        var before = tokens[first - 2];
        var common = CommonWords.Instance;
        return noun.IsWord && noun.IsCapitalized && !noun.IsAllCaps && noun.Length >= 4 && !before.IsCapitalized && before.IsWord
               && common.IsCommon(noun.Of(text)) && !common.IsCommon(word[..^1]);
    }

    /// <summary>"1756–1791" or "1756 – 1791" or "1756 bis 1791" starting at <paramref name="k"/>.</summary>
    private static bool IsLifeSpan(string text, List<Token> tokens, int k)
    {
        var token = tokens[k];
        if ((token.Flags & TokenFlags.Numeric) == 0)
        {
            return false;
        }

        var word = token.Of(text);
        if (word.Length == 9 && word[4] is '-' or '–' && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[5]))
        {
            return true;
        }

        return word.Length == 4 && char.IsAsciiDigit(word[3]) && k + 2 < tokens.Count
               && tokens[k + 1].Of(text) is "-" or "–" or "bis" && (tokens[k + 2].Flags & TokenFlags.Numeric) != 0
               && tokens[k + 2].Length == 4;
    }

    /// <summary>Adds the well-known surnames that no other pass claimed as persons: "Goethe", "Beethovens".</summary>
    public void FindKnownPersons(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (owner[i] >= 0 || !token.IsWord || !token.IsCapitalized || token.IsAllCaps
                || !IsKnownPerson(token.Of(text), token.Length >= 3 && _known.Contains(text, token)))
            {
                continue;
            }

            if (i + 1 < tokens.Count && tokens[i + 1].Begin == token.End && text[token.End] is '-' or '\u2011')
            {
                continue; // "Goethe- und Schillerdenkmal": the first part of a compound
            }

            var word = token.Of(text);
            var name = _known.Contains(word) ? word : word.EndsWith("ens", StringComparison.Ordinal) && _known.Contains(word[..^2]) ? word[..^2] : word[..^1];
            EntityScanner.Add(all, owner, new Candidate
            {
                Begin = token.Begin, End = token.End, FirstToken = i, LastToken = i,
                NewName = name.ToString(), Kind = ActorKind.Person, Class = NamedEntityClass.Person,
                Surface = SurfaceKind.Name,
            });
        }
    }
}
