namespace Timeline.Extraction.Actors;

/// <summary>The per-text working memory of the recognizers (tokens, candidates, token owners), kept per thread and
/// reused from one text to the next: a megabyte of text needs several megabytes of it, which allocating anew for
/// every text cost clearing, page faults and collections (about a third of the CPU time of recognition).</summary>
/// <remarks>One recognition at a time per thread; nothing here outlives the call that filled it (results are copied
/// out), so the recognizers stay thread-safe.</remarks>
internal sealed class ScanBuffers
{
    [ThreadStatic]
    private static ScanBuffers? _current;

    private readonly List<Candidate> _pool = new(64);
    private readonly Dictionary<string, string> _texts = new();
    private int _pooled;
    private int[] _scanOwner = [];
    private int[] _roleOwner = [];

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
    /// (mentions repeat: "Putin", "Moskau"); <see cref="ClearTexts"/> at the start of each document.</summary>
    public string TextOf(ReadOnlySpan<char> span)
    {
        var lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(span, out var text))
        {
            text = span.ToString();
            lookup[span] = text;
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

    /// <summary>The owner of each token for <see cref="EntityScanner"/>: <paramref name="count"/> entries set to -1.</summary>
    public int[] ScanOwner(int count) => Cleared(ref _scanOwner, count);

    /// <summary>The owner of each token for the role pass of <see cref="ActorRecognizer"/>: <paramref name="count"/>
    /// entries set to -1.</summary>
    public int[] RoleOwner(int count) => Cleared(ref _roleOwner, count);

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
