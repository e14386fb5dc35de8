namespace Timeline.Extraction.Actors;

/// <summary>The per-text working memory of the recognizers (tokens, candidates, token owners), kept per thread and
/// reused from one text to the next: a megabyte of text needs several megabytes of it, which allocating anew for
/// every text cost clearing, page faults and collections (about a third of the CPU time of recognition).</summary>
/// <remarks>One recognition at a time per thread; nothing here outlives the call that filled it (results are copied
/// out), so the recognizers stay thread-safe.</remarks>
internal sealed class ScanBuffers
{
    /// <summary>The largest position and index <see cref="TrySortPacked"/> packs into 21 bits.</summary>
    private const int PackedLimit = (1 << 21) - 1;

    [ThreadStatic]
    private static ScanBuffers? _current;

    private readonly List<Candidate> _pool = new(64);
    private readonly Dictionary<string, string> _texts;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _textLookup;
    private int _pooled;
    private int[] _scanOwner = [];
    private long[] _sortKeys = [];
    private int[] _sortOrder = [];
    private Candidate[] _sorted = [];
    private int[] _roleOwner = [];
    private int[] _roleWords = [];

    private ScanBuffers()
    {
        _texts = new Dictionary<string, string>(StringComparer.Ordinal);
        _textLookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ScanBuffers Current => _current ??= new ScanBuffers();

    public List<Token> Tokens { get; } = new(256);

    public List<Candidate> Candidates { get; } = new(64);

    public List<Candidate> All { get; } = new(64);

    /// <summary>A cleared candidate of the pool; valid until the next <see cref="ReleaseCandidates"/>.</summary>
    public Candidate NewCandidate()
    {
        if (_pooled < _pool.Count)
        {
            var candidate = _pool[_pooled++];
            candidate.Clear();
            return candidate;
        }

        var fresh = new Candidate();
        _pool.Add(fresh);
        _pooled++;
        return fresh;
    }

    /// <summary>Hands every pooled candidate back (at the start of a scan: the last text's candidates are done with).</summary>
    public void ReleaseCandidates() => _pooled = 0;

    /// <summary>The text of <paramref name="span"/> as a string, one instance per distinct text of the document
    /// (mentions and titles repeat: "Putin", "Moskau", "Außenminister"); cleared when a scan starts.</summary>
    public string TextOf(ReadOnlySpan<char> span)
    {
        if (!_textLookup.TryGetValue(span, out var text))
        {
            text = span.ToString();
            _textLookup[span] = text;
        }

        return text;
    }

    public void ClearTexts()
    {
        if (_texts.Count > 100_000)
        {
            _texts.TrimExcess(1024);
        }

        _texts.Clear();
    }

    /// <summary>Sorts <paramref name="candidates"/> by start, the longer first at the same start, and in the order
    /// they were found when both are equal: primitive keys instead of a comparison delegate (the sort took a tenth of
    /// the scan).</summary>
    public void SortByPosition(List<Candidate> candidates)
    {
        var count = candidates.Count;
        if (_sortKeys.Length < count)
        {
            var size = Math.Max(count, _sortKeys.Length * 2);
            _sortKeys = new long[size];
            _sortOrder = new int[size];
            _sorted = new Candidate[size];
        }

        var keys = _sortKeys;
        var order = _sortOrder;
        if (count <= PackedLimit && TrySortPacked(candidates, keys, order))
        {
            ApplyOrder(candidates, order);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var candidate = candidates[i];
            keys[i] = ((long)candidate.Begin << 32) | (uint)(int.MaxValue - candidate.End);
            order[i] = i;
        }

        Array.Sort(keys, order, 0, count);
        for (var i = 1; i < count; i++)
        {
            if (keys[i] != keys[i - 1])
            {
                continue;
            }

            var start = i - 1;
            while (i + 1 < count && keys[i + 1] == keys[start])
            {
                i++;
            }

            Array.Sort(order, start, i - start + 1);
        }

        ApplyOrder(candidates, order);
    }

    /// <summary>Start, reversed end and the index in one key each (21 bits apiece), so that a single sort of plain
    /// integers gives the same order as the two-step sort: texts and candidate lists below two million each; false
    /// (keys unused) when a candidate ends beyond that.</summary>
    private static bool TrySortPacked(List<Candidate> candidates, long[] keys, int[] order)
    {
        var count = candidates.Count;
        for (var i = 0; i < count; i++)
        {
            var candidate = candidates[i];
            if ((uint)candidate.End > PackedLimit || (uint)candidate.Begin > (uint)candidate.End)
            {
                return false;
            }

            keys[i] = ((long)candidate.Begin << 42) | ((long)(PackedLimit - candidate.End) << 21) | (long)i;
        }

        Array.Sort(keys, 0, count);
        for (var i = 0; i < count; i++)
        {
            order[i] = (int)(keys[i] & PackedLimit);
        }

        return true;
    }

    private void ApplyOrder(List<Candidate> candidates, int[] order)
    {
        var count = candidates.Count;
        for (var i = 0; i < count; i++)
        {
            _sorted[i] = candidates[order[i]];
        }

        for (var i = 0; i < count; i++)
        {
            candidates[i] = _sorted[i];
        }
    }

    /// <summary>The owner of each token for <see cref="EntityScanner"/>: <paramref name="count"/> entries set to -1.</summary>
    public int[] ScanOwner(int count) => Cleared(ref _scanOwner, count);

    /// <summary>The owner of each token for the role pass of <see cref="ActorRecognizer"/>: <paramref name="count"/>
    /// entries set to -1.</summary>
    public int[] RoleOwner(int count) => Cleared(ref _roleOwner, count);

    /// <summary>Whether each token is a role word, for <see cref="EntityScanner"/>: <paramref name="count"/> entries
    /// set to -1 (not yet asked).</summary>
    public int[] RoleWords(int count) => Cleared(ref _roleWords, count);

    private static int[] Cleared(ref int[] buffer, int count)
    {
        if (buffer.Length < count)
        {
            buffer = new int[Math.Max(count, buffer.Length * 2)];
        }

        Array.Fill(buffer, -1, 0, count);
        return buffer;
    }
}
