using System.Diagnostics;
using System.Globalization;
using System.Text;
using Timeline.Core.Extraction;

namespace Timeline.Benchmarks.KeyValue;

/// <summary>What a key-value engine costs for the rows <c>store-load</c> writes: the same synthetic corpus
/// (<see cref="IngestBenchmarks.CreateCorpus"/>), the same values per row (<see cref="KeyValueRows"/>), one key per
/// SQLite row and per reader index entry, one transaction per 5,000 documents committed durably. Prints the
/// process CPU time (user + system, every thread, background compactions included) of the write, the bytes written
/// and the store's size, then closes the store, opens it again and checks what it holds.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- kv-bound 100000 --engine lmdb</c>
/// (engines: <c>lmdb</c>, <c>rocksdb</c>, <c>zonetree</c>, <c>zonetree-plain</c> without transactions, <c>none</c>
/// that only builds the keys and values); <c>--packed</c> uses the layout a key-value store would choose (fewer keys,
/// see <see cref="KeyValueRows"/>); <c>--read-existing</c> adds the reads a contract-keeping store makes per
/// document, actor and event; <c>--sorted</c> / <c>--unsorted</c> hands each batch to the engine in key order or as
/// generated (default: as generated); <c>--lmdb-writemap</c> opens LMDB with <c>MDB_WRITEMAP</c>; <c>--twice</c> loads
/// the corpus unmeasured first, so that the measured load overwrites every key and every read finds one.</remarks>
internal static class KeyValueBoundRun
{
    private const int DocumentsPerBatch = 5_000;
    private const string HubActor = "actor-hub";

    public static int Run(int events, IReadOnlyList<string> options)
    {
        var engineName = "lmdb";
        var readExisting = false;
        var packed = false;
        var writeMap = false;
        var twice = false;
        bool? sorted = null;
        for (var i = 0; i < options.Count; i++)
        {
            switch (options[i])
            {
                case "--engine" when i + 1 < options.Count:
                    engineName = options[++i];
                    break;
                case "--twice":
                    twice = true;
                    break;
                case "--lmdb-writemap":
                    writeMap = true;
                    break;
                case "--packed":
                    packed = true;
                    break;
                case "--read-existing":
                    readExisting = true;
                    break;
                case "--sorted":
                    sorted = true;
                    break;
                case "--unsorted":
                    sorted = false;
                    break;
                default:
                    Console.Error.WriteLine($"kv-bound: unknown option '{options[i]}' (--engine lmdb|rocksdb|zonetree|zonetree-plain|none, --packed, --read-existing, --sorted, --unsorted, --lmdb-writemap, --twice)");
                    return 2;
            }
        }

        if (engineName is not ("lmdb" or "rocksdb" or "zonetree" or "zonetree-plain" or "none"))
        {
            Console.Error.WriteLine($"kv-bound: unknown engine '{engineName}' (lmdb, rocksdb, zonetree, zonetree-plain, none)");
            return 2;
        }

        var sortBatches = sorted ?? false;
        var directory = Path.Combine(Path.GetTempPath(), "timeline-kv-bound-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        try
        {
            var documents = IngestBenchmarks.CreateCorpus(events);

            // A first small load warms up the JIT (and loads the native library), as in store-load.
            using (var warm = Open(engineName, Path.Combine(directory, "warm"), sortBatches, writeMap))
            {
                Load(warm, IngestBenchmarks.CreateCorpus(2_000), readExisting, packed);
            }

            var path = Path.Combine(directory, "load");
            var engine = Open(engineName, path, sortBatches, writeMap);
            if (twice)
            {
                // Unmeasured first load: the measured one then writes every key again, and every read finds its key.
                Load(engine, documents, readExisting: false, packed);
                engine.Settle();
            }

            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var io = InputOutput.Now();
            var clock = Stopwatch.StartNew();
            var found = Load(engine, documents, readExisting, packed);
            process.Refresh();
            var committed = process.TotalProcessorTime - cpu;
            var committedWall = clock.Elapsed;
            engine.Settle();
            process.Refresh();
            var settled = process.TotalProcessorTime - cpu;
            engine.Dispose();
            process.Refresh();
            var closed = process.TotalProcessorTime - cpu;
            clock.Stop();
            var written = InputOutput.Now() - io;
            var size = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

            using var reopened = Open(engineName, path, sortBatches: false, writeMap);
            var check = ((engine as SortedBatchEngine)?.Inner ?? engine) is NullEngine discarded
                ? string.Create(CultureInfo.InvariantCulture, $"nothing stored: {discarded.Puts} puts of {discarded.Bytes / 1048576.0:0.0} MB of keys and values")
                : ReadBack(reopened, documents, packed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                engine         {Describe(engineName, reopened)}, batches of {DocumentsPerBatch} documents, durable commits, {(packed ? "packed layout" : "one key per row")}, {(sortBatches ? "each batch sorted by key" : "keys in generated order")}{(readExisting ? ", reading the stored document, actor and event first" : string.Empty)}{(twice ? ", the same documents written a second time (measured)" : string.Empty)}
                events         {events} in {documents.Count} documents
                cpu            {committed.TotalSeconds:0.00} s to the last commit ({events / committed.TotalSeconds:0} events per CPU-second), {settled.TotalSeconds:0.00} s settled ({events / settled.TotalSeconds:0}: background flushes and compactions done), {closed.TotalSeconds:0.00} s closed ({events / closed.TotalSeconds:0})
                wall           {committedWall.TotalSeconds:0.00} s to the last commit, {clock.Elapsed.TotalSeconds:0.00} s closed
                store          {size / 1048576.0:0.0} MB on disk
                i/o            {written.Read / 1048576.0:0} MB read, {written.Written / 1048576.0:0} MB written (system calls); {written.StorageWritten / 1048576.0:0} MB written to storage
                reads found    {found}{(twice ? string.Empty : " (the corpus has no rewrites or shared events)")}
                check          {check}
                """));
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static IKeyValueEngine Open(string engine, string path, bool sortBatches, bool writeMap)
    {
        IKeyValueEngine opened = engine switch
        {
            "lmdb" => new LmdbEngine(path, writeMap),
            "rocksdb" => new RocksDbEngine(path),
            "none" => new NullEngine(),
            "zonetree-plain" => new ZoneTreePlainEngine(path),
            _ => new ZoneTreeEngine(path),
        };
        return sortBatches ? new SortedBatchEngine(opened) : opened;
    }

    private static string Describe(string engine, IKeyValueEngine opened) =>
        opened is LmdbEngine lmdb ? lmdb.Library : engine;

    /// <summary>Writes the documents in transactions of <see cref="DocumentsPerBatch"/>.</summary>
    /// <returns>How many reads found a stored key.</returns>
    private static long Load(IKeyValueEngine engine, IReadOnlyList<DocumentExtraction> documents, bool readExisting, bool packed)
    {
        var rows = new KeyValueRows(engine, readExisting, packed);
        for (var start = 0; start < documents.Count; start += DocumentsPerBatch)
        {
            engine.Begin();
            for (var i = start; i < Math.Min(start + DocumentsPerBatch, documents.Count); i++)
            {
                rows.Write(documents[i]);
            }

            engine.Commit();
        }

        return rows.Found;
    }

    /// <summary>Checks the reopened store: the number of keys is the number of rows and index entries the corpus
    /// makes, the hub actor's timeline (a range scan of its participant index) is exactly its events, and each of
    /// them has its event record.</summary>
    private static string ReadBack(IKeyValueEngine engine, IReadOnlyList<DocumentExtraction> documents, bool packed)
    {
        var expected = ExpectedKeys(documents, packed);
        var count = engine.CountKeys();
        if (count != expected)
        {
            throw new InvalidOperationException($"read-back: {count} keys stored, {expected} expected");
        }

        var hubEvents = documents.SelectMany(d => d.Events)
            .Where(e => e.Participants.Any(p => p.Actor.Value == HubActor))
            .Select(e => e.Id.Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var prefix = new RecordBuffer().Start(KeyTags.ParticipantByActor).KeyText(HubActor).Span.ToArray();
        var scanned = engine.KeysWithPrefix(prefix)
            .Select(k => Encoding.UTF8.GetString(k.AsSpan(prefix.Length, k.AsSpan(prefix.Length).IndexOf((byte)0))))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (!scanned.SequenceEqual(hubEvents, StringComparer.Ordinal) || hubEvents.Length == 0)
        {
            throw new InvalidOperationException($"read-back: the timeline of {HubActor} has {scanned.Length} events, {hubEvents.Length} expected");
        }

        var missing = hubEvents.Count(id => engine.Get(new RecordBuffer().Start(KeyTags.Event).KeyText(id).Span.ToArray()) is null);
        if (missing > 0)
        {
            throw new InvalidOperationException($"read-back: {missing} events of {HubActor} have no event record");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{count} keys as expected; {HubActor}'s timeline (participant index range) = its {hubEvents.Length} events, each with its record");
    }

    /// <summary>The keys the corpus makes, counted from the domain values (not from the writer): one per row of each
    /// table and one per entry of each reader index. Valid for corpora whose events are each reported once.</summary>
    private static long ExpectedKeys(IReadOnlyList<DocumentExtraction> documents, bool packed)
    {
        var events = documents.SelectMany(d => d.Events).ToArray();
        if (events.Select(e => e.Id).Distinct().Count() != events.Length)
        {
            throw new InvalidOperationException("read-back: the expected count assumes each event is reported once");
        }

        long listings = documents.Sum(d => d.Actors.Select(a => a.Id).Distinct().Count());
        long actors = documents.SelectMany(d => d.Actors).Select(a => a.Id).Distinct().Count();
        long aliases = documents.Sum(d => d.Actors.SelectMany(a => a.Aliases.Select(alias => (a.Id, alias))).Distinct().Count());
        long actorMentions = documents.Sum(d => d.Mentions.Select(m => (m.Span, m.Actor)).Distinct().Count());
        long relations = documents.Sum(d => d.Relations.Length);
        long participants = events.Sum(e => e.Participants.Distinct().Count());
        long eventMentions = events.Sum(e => e.Mentions.Length);
        return packed
            ? documents.Count + actors + (2 * listings) + aliases + (2 * relations) + (2L * events.Length) + participants + events.Length
            : documents.Count + actors + (2 * listings) + (2 * aliases) + actorMentions + (3 * relations)
                + (2L * events.Length) + (2 * participants) + events.Length + eventMentions;
    }
}
