using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events;

/// <summary>The event triggers of one language, read from <c>Languages/{De,En}/event-triggers.tsv</c>, indexed for
/// matching a clause in time linear in its length.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class TriggerLexicon
{
    private const int MaxPrefixLength = 24;
    private readonly FrozenDictionary<string, ImmutableArray<ElementHit>> _exact;
    private readonly FrozenDictionary<string, ImmutableArray<ElementHit>> _prefix;
    private readonly FrozenDictionary<string, ImmutableArray<ElementHit>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly ImmutableArray<(string Infix, ElementHit Hit)> _infixes;

    // All infixes at once: most words contain none, and one vectorized search says so.
    private readonly SearchValues<string> _anyInfix;

    // Which prefix lengths and first two letters occur: a word is looked up only with lengths a prefix can have, and not
    // at all when no prefix starts like it.
    private readonly bool[] _prefixLengths;
    private readonly FrozenSet<int> _prefixStarts;

    private TriggerLexicon(
        ImmutableArray<TriggerEntry> entries,
        FrozenDictionary<string, ImmutableArray<ElementHit>> exact,
        FrozenDictionary<string, ImmutableArray<ElementHit>> prefix,
        ImmutableArray<(string, ElementHit)> infixes)
    {
        (Entries, _exact, _prefix, _infixes, _prefixLookup) = (entries, exact, prefix, infixes, prefix.GetAlternateLookup<ReadOnlySpan<char>>());
        _anyInfix = SearchValues.Create([.. infixes.Select(i => i.Item1).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
        _prefixLengths = new bool[MaxPrefixLength + 1];
        var starts = new HashSet<int>();
        foreach (var key in prefix.Keys)
        {
            if (key.Length is >= 2 and <= MaxPrefixLength)
            {
                _prefixLengths[key.Length] = true;
                starts.Add(PairOf(key));
            }
        }

        _prefixStarts = starts.ToFrozenSet();
    }

    public ImmutableArray<TriggerEntry> Entries { get; }

    private static int PairOf(string word) => word[0] << 16 | word[1];

    public static TriggerLexicon Load(Language language, EventCoverage coverage = EventCoverage.Standard)
    {
        var entries = new List<TriggerEntry>();
        foreach (var file in TriggerFiles.For(language, coverage))
        {
            foreach (var (lineNumber, columns) in LexiconResource.ReadTable(language, file))
            {
                entries.Add(ParseEntry(columns, entries.Count, LexiconResource.Describe(language, file, lineNumber)));
            }
        }

        return Build([.. entries]);
    }

    /// <summary>Builds a lexicon from entries (also used by tests with hand-written entries).</summary>
    public static TriggerLexicon Build(ImmutableArray<TriggerEntry> entries)
    {
        var exact = new Dictionary<string, List<ElementHit>>(StringComparer.Ordinal);
        var prefix = new Dictionary<string, List<ElementHit>>(StringComparer.Ordinal);
        var infixes = new List<(string, ElementHit)>();
        foreach (var entry in entries)
        {
            for (var e = 0; e < entry.Elements.Length; e++)
            {
                var element = entry.Elements[e];
                foreach (var form in element.Forms)
                {
                    if (element.Particle is { } particle)
                    {
                        Add(particle + form, new ElementHit(entry.Index, e, null, []));
                        Add(particle + "zu" + form, new ElementHit(entry.Index, e, null, []));
                        Add(particle + "ge" + form, new ElementHit(entry.Index, e, null, []));
                        Add(form, new ElementHit(entry.Index, e, particle, []));
                    }
                    else
                    {
                        var words = form.Split('_');
                        Add(words[0], new ElementHit(entry.Index, e, null, [.. words.Skip(1)]));
                    }
                }
            }
        }

        return new TriggerLexicon(
            entries,
            exact.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            prefix.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            [.. infixes]);

        void Add(string form, ElementHit hit)
        {
            if (form.Length > 2 && form[0] == '*' && form[^1] == '*')
            {
                infixes.Add((form[1..^1], hit));
            }
            else if (form.Length > 1 && form[0] == '*')
            {
                infixes.Add((form[1..], hit));
            }
            else if (form.EndsWith('*'))
            {
                AddTo(prefix, form[..^1], hit);
            }
            else
            {
                AddTo(exact, form, hit);
            }
        }

        static void AddTo(Dictionary<string, List<ElementHit>> map, string key, ElementHit hit)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(hit);
        }
    }

    /// <summary>Finds the triggers of the clause <c>tokens[start..end)</c>; overlapping matches are resolved in favour
    /// of the pattern with more elements, then the earlier lexicon entry.</summary>
    public List<TriggerMatch> Match(ImmutableArray<Token> tokens, int start, int end)
    {
        var lastWord = end - 1;
        while (lastWord >= start && !tokens[lastWord].IsWord)
        {
            lastWord--;
        }

        // entry index -> for each element the (head token, extra token) of its first occurrence
        Dictionary<int, (int Token, int Extra)[]>? multi = null;
        var candidates = new List<TriggerMatch>();
        for (var t = start; t < end; t++)
        {
            var token = tokens[t];
            if (!token.IsWord)
            {
                continue;
            }

            var lower = token.Lower;
            if (_exact.TryGetValue(lower, out var hits))
            {
                Consider(hits, t);
            }

            for (var length = lower.Length >= 2 && _prefixStarts.Contains(PairOf(lower)) ? Math.Min(lower.Length, MaxPrefixLength) : 0;
                 length >= 2; length--)
            {
                if (_prefixLengths[length] && _prefixLookup.TryGetValue(lower.AsSpan(0, length), out var prefixHits))
                {
                    Consider(prefixHits, t);
                }
            }

            foreach (var (infix, hit) in _infixes.IsEmpty || !lower.AsSpan().ContainsAny(_anyInfix) ? [] : _infixes)
            {
                if (lower.Length > infix.Length && lower.Contains(infix, StringComparison.Ordinal))
                {
                    Consider([hit], t);
                }
                else if (lower.Length == infix.Length && lower == infix)
                {
                    Consider([hit], t);
                }
            }
        }

        if (multi is not null)
        {
            foreach (var (entryIndex, found) in multi)
            {
                if (found.All(f => f.Token >= 0))
                {
                    var all = found.SelectMany(f => f.Extra >= 0 ? new[] { f.Token, f.Extra } : new[] { f.Token })
                        .Distinct().Order().ToImmutableArray();
                    candidates.Add(new TriggerMatch(Entries[entryIndex], found[0].Token, all));
                }
            }
        }

        return Resolve(candidates);

        void Consider(ImmutableArray<ElementHit> hits, int t)
        {
            foreach (var hit in hits)
            {
                var extra = -1;
                if (hit.Particle is { } particle)
                {
                    if (lastWord <= t || tokens[lastWord].Lower != particle)
                    {
                        continue;
                    }

                    extra = lastWord;
                }
                else if (hit.Following.Length > 0)
                {
                    if (!FollowedBy(tokens, t, end, hit.Following))
                    {
                        continue;
                    }

                    extra = t + hit.Following.Length;
                }

                var entry = Entries[hit.Entry];
                if (entry.Elements.Length == 1)
                {
                    candidates.Add(new TriggerMatch(entry, t, extra >= 0 ? Range(t, extra, hit.Particle is null) : [t]));
                    continue;
                }

                multi ??= [];
                if (!multi.TryGetValue(hit.Entry, out var found))
                {
                    multi[hit.Entry] = found = Enumerable.Repeat((-1, -1), entry.Elements.Length).ToArray();
                }

                if (found[hit.Element].Token < 0)
                {
                    found[hit.Element] = (t, extra);
                }
            }
        }
    }

    private static ImmutableArray<int> Range(int head, int extra, bool contiguous) =>
        contiguous ? [.. Enumerable.Range(head, extra - head + 1)] : [head, extra];

    private static bool FollowedBy(ImmutableArray<Token> tokens, int t, int end, ImmutableArray<string> following)
    {
        if (t + following.Length >= end)
        {
            return false;
        }

        for (var i = 0; i < following.Length; i++)
        {
            var want = following[i];
            var have = tokens[t + 1 + i].Lower;
            var ok = want.EndsWith('*') ? have.StartsWith(want[..^1], StringComparison.Ordinal) : have == want;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static List<TriggerMatch> Resolve(List<TriggerMatch> candidates)
    {
        if (candidates.Count <= 1)
        {
            return candidates;
        }

        var ordered = candidates
            .OrderByDescending(c => c.Entry.Elements.Length)
            .ThenByDescending(c => c.Tokens.Length)
            .ThenBy(c => c.Entry.Index)
            .ThenBy(c => c.Head);
        var used = new HashSet<int>();
        var accepted = new List<TriggerMatch>();
        foreach (var candidate in ordered)
        {
            if (candidate.Tokens.Any(used.Contains))
            {
                continue;
            }

            accepted.Add(candidate);
            used.UnionWith(candidate.Tokens);
        }

        accepted.Sort((a, b) => a.Head.CompareTo(b.Head));
        return accepted;
    }

    private static TriggerEntry ParseEntry(string[] columns, int index, string where)
    {
        if (columns.Length < 5)
        {
            throw new InvalidOperationException($"{where}: expected 5 tab-separated columns: pattern, type, mode, frame, preps.");
        }

        if (!EventWireNames.TryParseEventType(columns[1], out var type))
        {
            throw new InvalidOperationException($"{where}: unknown event type '{columns[1]}'.");
        }

        var frame = columns[3].Trim() switch
        {
            "svo" => TriggerFrame.Svo,
            "sym" => TriggerFrame.Sym,
            "np" => TriggerFrame.Np,
            "recv" => TriggerFrame.Recv,
            "force" => TriggerFrame.Force,
            _ => throw new InvalidOperationException($"{where}: unknown frame '{columns[3]}'."),
        };
        var elements = columns[0].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseElement).ToImmutableArray();
        if (elements.IsEmpty)
        {
            throw new InvalidOperationException($"{where}: empty pattern.");
        }

        var mode = columns[2].Trim() is "-" or "" ? null : columns[2].Trim();
        var preps = columns[4].Trim() is "-" or ""
            ? ImmutableArray<string>.Empty
            : [.. columns[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        return new TriggerEntry(index, columns[0].Trim(), elements, type, mode, frame, preps);
    }

    private static TriggerElement ParseElement(string text)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        var particle = bar > 0 ? text[..bar] : null;
        var forms = (bar > 0 ? text[(bar + 1)..] : text).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new TriggerElement([.. forms], particle);
    }

    /// <summary>Where a token form leads: an element of an entry, as a split stem (with its particle) or the first
    /// word of a phrase (with the words that must follow).</summary>
    private readonly record struct ElementHit(int Entry, int Element, string? Particle, ImmutableArray<string> Following);
}
