using System.Collections.Frozen;
using System.Collections.Immutable;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Events;

/// <summary>The cue words of one language (modality, voice, prepositions, determiners, ...), read from
/// <c>Languages/{De,En}/event-cues.tsv</c>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CueLexicon
{
    private readonly FrozenDictionary<string, CueClass> _exact;
    private readonly ImmutableArray<(string Prefix, CueClass Classes)> _prefixes;
    private readonly ImmutableArray<string> _boilerplate;

    // One bit per word length (up to 63) and per first character (its low six bits) of the exact forms, and per first
    // character of the prefixes: most words asked about (nouns, names, long verb forms) are turned away without hashing.
    private readonly ulong _exactLengths;
    private readonly ulong _exactFirsts;
    private readonly ulong _prefixFirsts;

    private CueLexicon(FrozenDictionary<string, CueClass> exact, ImmutableArray<(string, CueClass)> prefixes, ImmutableArray<string> boilerplate)
    {
        (_exact, _prefixes, _boilerplate) = (exact, prefixes, boilerplate);
        foreach (var form in exact.Keys)
        {
            (_exactLengths, _exactFirsts) = (_exactLengths | LengthBit(form), _exactFirsts | FirstBit(form));
        }

        foreach (var (prefix, _) in prefixes)
        {
            _prefixFirsts |= prefix.Length == 0 ? ulong.MaxValue : FirstBit(prefix);
        }
    }

    private static ulong LengthBit(string word) => 1UL << Math.Min(word.Length, 63);

    private static ulong FirstBit(string word) => word.Length == 0 ? 1UL : 1UL << word[0];

    public static CueLexicon Load(Language language)
    {
        const string file = "event-cues.tsv";
        var exact = new Dictionary<string, CueClass>(StringComparer.Ordinal);
        var prefixes = new List<(string, CueClass)>();
        var boilerplate = new List<string>();
        foreach (var (lineNumber, columns) in LexiconResource.ReadTable(language, file))
        {
            if (columns.Length < 2 || !TryParseClass(columns[1].Trim(), out var cls))
            {
                throw new InvalidOperationException($"{LexiconResource.Describe(language, file, lineNumber)}: expected 'form<TAB>class'.");
            }

            var form = columns[0].Trim();
            if (cls == CueClass.Boilerplate)
            {
                boilerplate.Add(form);
            }
            else if (form.EndsWith('*'))
            {
                prefixes.Add((form[..^1], cls));
            }
            else
            {
                exact[form] = exact.GetValueOrDefault(form) | cls;
            }
        }

        return new CueLexicon(exact.ToFrozenDictionary(StringComparer.Ordinal), [.. prefixes], [.. boilerplate]);
    }

    /// <summary>The classes of a lower-case word.</summary>
    public CueClass Classify(string lower)
    {
        var first = FirstBit(lower);
        var result = (_exactLengths & LengthBit(lower)) != 0 && (_exactFirsts & first) != 0 ? _exact.GetValueOrDefault(lower) : CueClass.None;
        if ((_prefixFirsts & first) == 0)
        {
            return result;
        }

        foreach (var (prefix, cls) in _prefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                result |= cls;
            }
        }

        return result;
    }

    public bool Is(string lower, CueClass cls) => (Classify(lower) & cls) != 0;

    /// <summary>Whether a sentence is boilerplate ("Über dieses Thema berichtete ...", "Stand: ...").</summary>
    public bool IsBoilerplate(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.TrimStart();
        foreach (var phrase in _boilerplate)
        {
            if (trimmed.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParseClass(string name, out CueClass cls)
    {
        cls = name switch
        {
            "planned" => CueClass.Planned,
            "negated" => CueClass.Negated,
            "postponed" => CueClass.Postponed,
            "hypothetical" => CueClass.Hypothetical,
            "reported" => CueClass.Reported,
            "speech" => CueClass.Speech,
            "announce" => CueClass.Announce,
            "passive" => CueClass.Passive,
            "agent" => CueClass.Agent,
            "preposition" => CueClass.Preposition,
            "determiner" => CueClass.Determiner,
            "pronoun" => CueClass.Pronoun,
            "coordination" => CueClass.Coordination,
            "force" => CueClass.Force,
            "order" => CueClass.Order,
            "financial" => CueClass.Financial,
            "military" => CueClass.Military,
            "humanitarian" => CueClass.Humanitarian,
            "boilerplate" => CueClass.Boilerplate,
            "location" => CueClass.Location,
            "planned-prep" => CueClass.PlannedPreposition,
            "past" => CueClass.Past,
            "weekday" => CueClass.Weekday,
            "title" => CueClass.Title,
            "role" => CueClass.Role,
            "follower" => CueClass.Follower,
            "calendar" => CueClass.Calendar,
            _ => CueClass.None,
        };
        return cls != CueClass.None;
    }
}
