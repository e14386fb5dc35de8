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

    private int[] _scanOwner = [];
    private int[] _roleOwner = [];

    public static ScanBuffers Current => _current ??= new ScanBuffers();

    public List<Token> Tokens { get; } = new(256);

    public List<Candidate> Candidates { get; } = new(64);

    public List<Candidate> All { get; } = new(64);

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
