using System.Collections.Frozen;
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
    private static readonly FrozenSet<string> UnsafeSurnames = new[]
    {
        "May", "Power", "Price", "Miller", "Austin", "Carter", "Costa", "Michel", "Bruce", "Craft", "Healey", "Wallace",
        "Harris", "Gang", "Jun", "Qiang", "Yi", "Lula", "Silva", "Leyen", "Duda", "Haley", "Scholz",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, Surface>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _maxTokens;

    private Gazetteer(Dictionary<string, Surface> phrases, ImmutableArray<string> places)
    {
        Places = places;
        var all = WithInflections(phrases);
        _phrases = all.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var max = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in all.Keys)
        {
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? key : key[..space];
            var count = key.Count(c => c == ' ') + 1;
            max[first] = Math.Max(count, max.GetValueOrDefault(first));
        }

        _maxTokens = max.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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
        if (!start.IsWord || !_maxTokens.TryGetValue(start.Of(text), out var maxTokens))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxKeyLength + 4];
        var last = Math.Min(tokens.Count - 1, first + maxTokens - 1);
        for (; last >= first; last--)
        {
            if (last > first && !SameLine(tokens, first, last))
            {
                continue;
            }

            var length = 0;
            var fits = true;
            for (var t = first; t <= last && fits; t++)
            {
                var part = tokens[t].Of(text);
                if (length + part.Length + 1 > buffer.Length)
                {
                    fits = false;
                    break;
                }

                if (t > first)
                {
                    buffer[length++] = ' ';
                }

                part.CopyTo(buffer[length..]);
                length += part.Length;
            }

            if (fits && _phrases.TryGetValue(buffer[..length], out var surface))
            {
                match = new GazetteerMatch(first, last, surface);
                return true;
            }

        }

        return false;
    }

    /// <summary>Looks up one hyphen-free part of a compound (<c>US</c> of <c>US-Präsident</c>).</summary>
    public bool TryMatchPart(ReadOnlySpan<char> part, out Surface surface) => _phrases.TryGetValue(part, out surface);

    private static bool SameLine(List<Token> tokens, int first, int last)
    {
        for (var t = first + 1; t <= last; t++)
        {
            if (tokens[t].StartsLine)
            {
                return false;
            }
        }

        return true;
    }
}
