using System.Buffers;
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

    // Every exact form and every prefix (of 2 to MaxPrefixLength characters) as one trie of characters: a word is walked
    // once and the walk stops at the first character no form continues with (most words after two or three), instead of
    // one dictionary lookup per prefix length. Nodes are numbered level by level in ordinal order, so that the children of
    // a node are consecutive (_childStart[node] to _childStart[node + 1]) and the top levels that every word visits are
    // close together in memory; the root's children are found by character.
    private const byte ExactNode = 1;
    private const byte PrefixNode = 2;
    private readonly int[] _rootChildren;
    private readonly int[] _childStart;
    private readonly char[] _labels;
    private readonly byte[] _kinds;
    private readonly ImmutableArray<ElementHit>[] _exactAt;
    private readonly ImmutableArray<ElementHit>[] _prefixAt;
    private readonly ImmutableArray<(string Infix, ElementHit Hit)> _infixes;

    // All infixes at once: most words contain none, and one vectorized search says so. Before it, two cheaper tests turn
    // most words away: shorter than every infix, or lacking a letter of each infix (one bit per character's low six bits).
    private readonly SearchValues<string> _anyInfix;
    private readonly int _minInfixLength = int.MaxValue;
    private readonly ulong[] _infixLetters;

    private TriggerLexicon(
        ImmutableArray<TriggerEntry> entries,
        Dictionary<string, List<ElementHit>> exact,
        Dictionary<string, List<ElementHit>> prefix,
        ImmutableArray<(string, ElementHit)> infixes)
    {
        (Entries, _infixes) = (entries, infixes);
        var keys = new List<string>(exact.Keys);
        foreach (var key in prefix.Keys)
        {
            if (key.Length is >= 2 and <= MaxPrefixLength)
            {
                keys.Add(key);
            }
        }

        var prefixes = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        foreach (var key in keys)
        {
            for (var length = 1; length <= key.Length; length++)
            {
                prefixes.Add(key[..length]);
            }
        }

        var ordered = new List<string>(prefixes);
        ordered.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        var nodeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < ordered.Count; n++)
        {
            nodeOf[ordered[n]] = n;
        }

        _labels = new char[ordered.Count];
        _kinds = new byte[ordered.Count];
        _exactAt = new ImmutableArray<ElementHit>[ordered.Count];
        _prefixAt = new ImmutableArray<ElementHit>[ordered.Count];
        _childStart = new int[ordered.Count + 1];
        var rootChildren = new List<int>();
        for (var n = 1; n < ordered.Count; n++)
        {
            var parent = nodeOf[ordered[n][..^1]];
            _labels[n] = ordered[n][^1];
            _childStart[parent + 1]++;
            if (parent == 0)
            {
                rootChildren.Add(n);
            }
        }

        _childStart[0] = 1;
        for (var n = 0; n < ordered.Count; n++)
        {
            _childStart[n + 1] += _childStart[n];
        }

        var maxLabel = -1;
        foreach (var n in rootChildren)
        {
            maxLabel = Math.Max(maxLabel, _labels[n]);
        }

        _rootChildren = new int[maxLabel + 1];
        Array.Fill(_rootChildren, -1);
        foreach (var n in rootChildren)
        {
            _rootChildren[_labels[n]] = n;
        }

        foreach (var (key, hits) in exact)
        {
            _exactAt[nodeOf[key]] = [.. hits];
            _kinds[nodeOf[key]] |= ExactNode;
        }

        foreach (var (key, hits) in prefix)
        {
            if (key.Length is >= 2 and <= MaxPrefixLength)
            {
                _prefixAt[nodeOf[key]] = [.. hits];
                _kinds[nodeOf[key]] |= PrefixNode;
            }
        }

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (infix, _) in infixes)
        {
            _minInfixLength = Math.Min(_minInfixLength, infix.Length);
            distinct.Add(infix);
        }

        _anyInfix = SearchValues.Create([.. distinct], StringComparison.Ordinal);
        _infixLetters = new ulong[distinct.Count];
        var i = 0;
        foreach (var infix in distinct)
        {
            _infixLetters[i++] = Letters(infix);
        }
    }

    private static ulong Letters(string word)
    {
        var letters = 0UL;
        foreach (var c in word)
        {
            letters |= 1UL << c;
        }

        return letters;
    }

    /// <summary>Whether <paramref name="lower"/> may hold an infix: false only when it holds none.</summary>
    private bool MayHoldInfix(string lower)
    {
        if (lower.Length < _minInfixLength)
        {
            return false;
        }

        var letters = Letters(lower);
        foreach (var needed in _infixLetters)
        {
            if ((letters & needed) == needed)
            {
                return lower.AsSpan().ContainsAny(_anyInfix);
            }
        }

        return false;
    }

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    private int Child(int node, char c)
    {
        if (node == 0)
        {
            return c < _rootChildren.Length ? _rootChildren[c] : -1;
        }

        for (var i = _childStart[node]; i < _childStart[node + 1]; i++)
        {
            if (_labels[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    public ImmutableArray<TriggerEntry> Entries { get; }

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

        return new TriggerLexicon(entries, exact, prefix, [.. infixes]);

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

    // What most clauses match, shared: callers only read the list.
    private static readonly List<TriggerMatch> NoMatches = [];

    /// <summary>Finds the triggers of the clause <c>tokens[start..end)</c>; overlapping matches are resolved in favour
    /// of the pattern with more elements, then the earlier lexicon entry. The list is read-only by contract: a clause
    /// without triggers gets one shared empty list (a list, not an interface, keeps the callers' loops free of boxed
    /// enumerators).</summary>
    public List<TriggerMatch> Match(ImmutableArray<Token> tokens, int start, int end)
    {
        var lastWord = end - 1;
        while (lastWord >= start && !tokens[lastWord].IsWord)
        {
            lastWord--;
        }

        // entry index -> for each element the (head token, extra token) of its first occurrence
        Dictionary<int, (int Token, int Extra)[]>? multi = null;
        List<TriggerMatch>? candidates = null;
        Span<int> prefixNodes = stackalloc int[MaxPrefixLength];
        for (var t = start; t < end; t++)
        {
            var token = tokens[t];
            if (!token.IsWord)
            {
                continue;
            }

            // Exact form first, then prefixes from the longest, then infixes: the order of candidates breaks ties.
            var lower = token.Lower;
            var node = 0;
            var depth = 0;
            var prefixes = 0;
            while (depth < lower.Length && Child(node, lower[depth]) is var child and >= 0)
            {
                (node, depth) = (child, depth + 1);
                if ((_kinds[node] & PrefixNode) != 0 && depth >= 2)
                {
                    prefixNodes[prefixes++] = node;
                }
            }

            if (depth == lower.Length && (_kinds[node] & ExactNode) != 0)
            {
                Consider(_exactAt[node], t);
            }

            while (prefixes > 0)
            {
                Consider(_prefixAt[prefixNodes[--prefixes]], t);
            }

            if (!MayHoldInfix(lower))
            {
                continue;
            }

            foreach (var (infix, hit) in _infixes)
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
                if (AllFound(found))
                {
                    (candidates ??= []).Add(new TriggerMatch(Entries[entryIndex], found[0].Token, TokensOf(found)));
                }
            }
        }

        return candidates is null ? NoMatches : Resolve(candidates);

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
                    (candidates ??= []).Add(new TriggerMatch(entry, t, extra >= 0 ? Range(t, extra, hit.Particle is null) : [t]));
                    continue;
                }

                multi ??= [];
                if (!multi.TryGetValue(hit.Entry, out var found))
                {
                    multi[hit.Entry] = found = new (int, int)[entry.Elements.Length];
                    for (var e = 0; e < found.Length; e++)
                    {
                        found[e] = (-1, -1);
                    }
                }

                if (found[hit.Element].Token < 0)
                {
                    found[hit.Element] = (t, extra);
                }
            }
        }
    }

    private static ImmutableArray<int> Range(int head, int extra, bool contiguous)
    {
        if (!contiguous)
        {
            return [head, extra];
        }

        var range = new int[extra - head + 1];
        for (var i = 0; i < range.Length; i++)
        {
            range[i] = head + i;
        }

        return [.. range];
    }

    private static bool AllFound((int Token, int Extra)[] found)
    {
        foreach (var (token, _) in found)
        {
            if (token < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The head and extra tokens of every element, ascending, each once.</summary>
    private static ImmutableArray<int> TokensOf((int Token, int Extra)[] found)
    {
        var all = new List<int>(found.Length * 2);
        foreach (var (token, extra) in found)
        {
            all.Add(token);
            if (extra >= 0)
            {
                all.Add(extra);
            }
        }

        all.Sort();
        var unique = new List<int>(all.Count);
        foreach (var t in all)
        {
            if (unique.Count == 0 || unique[^1] != t)
            {
                unique.Add(t);
            }
        }

        return [.. unique];
    }

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

        // More elements, then more tokens, then the earlier entry, then the earlier head first; equal ones keep their order.
        StableSort.Apply(candidates, (a, b) => Precedes(a, b) ? -1 : Precedes(b, a) ? 1 : 0);
        var used = new HashSet<int>();
        var accepted = new List<TriggerMatch>();
        foreach (var candidate in candidates)
        {
            if (UsesAny(candidate, used))
            {
                continue;
            }

            accepted.Add(candidate);
            foreach (var t in candidate.Tokens)
            {
                used.Add(t);
            }
        }

        accepted.Sort((a, b) => a.Head.CompareTo(b.Head));
        return accepted;
    }

    private static bool Precedes(TriggerMatch a, TriggerMatch b) =>
        a.Entry.Elements.Length != b.Entry.Elements.Length ? a.Entry.Elements.Length > b.Entry.Elements.Length
        : a.Tokens.Length != b.Tokens.Length ? a.Tokens.Length > b.Tokens.Length
        : a.Entry.Index != b.Entry.Index ? a.Entry.Index < b.Entry.Index
        : a.Head < b.Head;

    private static bool UsesAny(TriggerMatch candidate, HashSet<int> used)
    {
        foreach (var t in candidate.Tokens)
        {
            if (used.Contains(t))
            {
                return true;
            }
        }

        return false;
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
