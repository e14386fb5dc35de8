using System.Collections.Immutable;

namespace Timeline.Extraction.Actors;

/// <summary>Every surface form of the dictionary and the place list, matched token-wise with the longest match first.
/// German inflection is tolerated at the end of a phrase: a genitive or plural ending on a name (<c>Russlands</c>,
/// <c>Bidens</c>, <c>Sicherheitsrates</c>) and the declension endings of adjectives (<c>russischen</c>).</summary>
/// <remarks>Immutable and thread-safe; lookups do not allocate.</remarks>
internal sealed class Gazetteer
{
    private const int MaxKeyLength = 160;

    private static readonly string[] NameEndings = ["s", "es", "n", "en", "'"];
    private static readonly string[] AdjectiveEndings = ["e", "en", "er", "es", "em"];

    // Surnames that are also common words or places: only with the full name earlier in the text.
    internal static readonly WordSet UnsafeSurnames = new(new[]
    {
        "May", "Power", "Price", "Miller", "Austin", "Carter", "Costa", "Michel", "Bruce", "Craft", "Healey", "Wallace",
        "Harris", "Gang", "Jun", "Qiang", "Yi", "Lula", "Silva", "Leyen", "Duda", "Haley", "Scholz",
        "Laden", "Brown", "Straw", "Rice", "Kohl", "Howard", "Hussein", "Fischer", "Cook", "Major", "Castro",
    });

    // Longest phrase a match may span, in tokens (a key of MaxKeyLength characters has at most half as many tokens).
    private const int MaxPhraseTokens = MaxKeyLength / 2 + 1;

    private readonly PhraseTable _phrases;

    private Gazetteer(Dictionary<string, Surface> phrases, ImmutableArray<string> places)
    {
        Places = places;
        _phrases = new PhraseTable(WithInflections(phrases));
    }

    /// <summary>Every phrase and its inflected forms, computed once so that a lookup is one hash: a genitive or plural
    /// ending on a name (<c>Russlands</c>), declension endings on adjective stems (<c>russischen</c>, and capitalised
    /// at the start of a sentence, <c>Russische</c>). A phrase as written wins over an inflected form of another;
    /// among inflected forms the earlier ending wins.</summary>
    private static Dictionary<string, Surface> WithInflections(Dictionary<string, Surface> phrases)
    {
        var all = new Dictionary<string, Surface>(phrases, StringComparer.Ordinal);
        foreach (var ending in NameEndings)
        {
            foreach (var (key, surface) in phrases)
            {
                if (key.Length > 3 && surface.Kind is not (SurfaceKind.Adjective or SurfaceKind.AmbiguousPlace)
                    && key.Length + ending.Length <= MaxKeyLength)
                {
                    all.TryAdd(key + ending, surface);
                }
            }
        }

        foreach (var ending in AdjectiveEndings)
        {
            foreach (var (key, surface) in phrases)
            {
                if (key.Length > 3 && surface.Kind == SurfaceKind.Adjective)
                {
                    all.TryAdd(key + ending, surface);
                }
            }
        }

        foreach (var ending in AdjectiveEndings)
        {
            foreach (var (key, surface) in phrases)
            {
                if (key.Length > 3 && surface.Kind == SurfaceKind.Adjective && char.IsLower(key[0]))
                {
                    all.TryAdd(string.Concat(char.ToUpperInvariant(key[0]).ToString(), key.AsSpan(1), ending), surface);
                }
            }
        }

        return all;
    }

    /// <summary>Place names, indexed by <see cref="Surface.Target"/> of place surfaces.</summary>
    public ImmutableArray<string> Places { get; }

    public static Gazetteer Build(ActorDictionary dictionary)
    {
        var phrases = new Dictionary<string, Surface>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        var index = dictionary.Entries.Select((e, i) => KeyValuePair.Create(e.Id, i)).ToDictionary();

        void Add(string surface, Surface target, bool overwrite = false)
        {
            var key = Key(surface, tokens);
            if (key.Length is > 0 and <= MaxKeyLength && (overwrite || !phrases.ContainsKey(key)))
            {
                phrases[key] = target;
            }
        }

        void AddEntry(ActorEntry entry, int i, bool overwrite)
        {
            foreach (var alias in entry.Aliases)
            {
                Add(alias, new Surface(i, SurfaceKind.Name), overwrite);
            }

            foreach (var seat in entry.Seats)
            {
                Add(seat, new Surface(i, SurfaceKind.Seat), overwrite);
            }

            foreach (var capital in entry.Capitals)
            {
                Add(capital, new Surface(i, SurfaceKind.Capital), overwrite);
            }

            foreach (var adjective in entry.Adjectives)
            {
                Add(adjective, new Surface(i, SurfaceKind.Adjective), overwrite);
            }
        }

        foreach (var entry in dictionary.UserEntries)
        {
            AddEntry(entry, index[entry.Id], overwrite: true);
        }

        for (var i = 0; i < dictionary.Entries.Length; i++)
        {
            AddEntry(dictionary.Entries[i], i, overwrite: false);
        }

        var places = new List<string>();
        var placeKeys = new List<(string Name, bool Ambiguous)>();
        foreach (var line in ActorDictionary.ReadResourceLines("actors-places.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            placeKeys.Add(tab < 0 ? (line, false) : (line[..tab], line.AsSpan(tab + 1).SequenceEqual("1")));
        }

        foreach (var (name, ambiguous) in placeKeys)
        {
            Add(name, new Surface(places.Count, ambiguous ? SurfaceKind.AmbiguousPlace : SurfaceKind.Place));
            places.Add(name);
        }

        // Surnames last: a surname never hides a name, an adjective or a place.
        for (var i = 0; i < dictionary.Entries.Length; i++)
        {
            var entry = dictionary.Entries[i];
            if (entry.Kind != Core.Actors.ActorKind.Person)
            {
                continue;
            }

            foreach (var alias in entry.Aliases)
            {
                var parts = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var surname = parts[^1];
                if (parts.Length >= 2 && surname.Length >= 3 && char.IsUpper(surname[0]) && !UnsafeSurnames.Contains(surname))
                {
                    Add(surname, new Surface(i, SurfaceKind.Surname));
                }
            }
        }

        return new Gazetteer(phrases, [.. places]);
    }

    /// <summary>The normalised lookup key of <paramref name="surface"/>: its tokens joined by single spaces.</summary>
    public static string Key(string surface, List<Token> scratch)
    {
        Tokenizer.Tokenize(surface, scratch);
        return string.Join(' ', scratch.Select(t => surface[t.Begin..t.End]));
    }

    /// <summary>The longest phrase starting at token <paramref name="first"/>, if any.</summary>
    public bool TryMatch(string text, List<Token> tokens, int first, out GazetteerMatch match)
    {
        match = default;
        var start = tokens[first];
        if (!start.IsWord)
        {
            return false;
        }

        var hash = start.Hash;
        if (!_phrases.Starts(hash, out var isPhrase))
        {
            return false;
        }

        // Extend token by token while some phrase starts with the text so far; remember where phrases may end.
        Span<char> buffer = stackalloc char[MaxKeyLength + 4];
        Span<int> ends = stackalloc int[MaxPhraseTokens];
        Span<ulong> hashes = stackalloc ulong[MaxPhraseTokens];
        var count = 0;
        var part = start.Of(text);
        if (part.Length + 1 > buffer.Length)
        {
            return false;
        }

        part.CopyTo(buffer);
        var length = part.Length;
        var t = first;
        while (true)
        {
            if (isPhrase)
            {
                ends[count] = length;
                hashes[count] = hash;
                count++;
            }

            if (t + 1 >= tokens.Count || tokens[t + 1].StartsLine || t + 1 - first >= MaxPhraseTokens)
            {
                break;
            }

            part = tokens[t + 1].Of(text);
            if (length + part.Length + 1 > buffer.Length)
            {
                break;
            }

            var next = PhraseTable.Extend(PhraseTable.Step(hash, ' '), part);
            if (!_phrases.Starts(next, out isPhrase))
            {
                break;
            }

            buffer[length++] = ' ';
            part.CopyTo(buffer[length..]);
            length += part.Length;
            hash = next;
            t++;
        }

        // Longest first; the count of spaces tells the last token.
        for (var k = count - 1; k >= 0; k--)
        {
            if (_phrases.TryGet(buffer[..ends[k]], hashes[k], out var surface))
            {
                match = new GazetteerMatch(first, first + buffer[..ends[k]].Count(' '), surface);
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks up one hyphen-free part of a compound (<c>US</c> of <c>US-Präsident</c>).</summary>
    public bool TryMatchPart(ReadOnlySpan<char> part, out Surface surface) => _phrases.TryGet(part, out surface);
}
