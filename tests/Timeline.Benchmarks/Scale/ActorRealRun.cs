using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Timeline.Core.Documents;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;
using Timeline.Reading;

namespace Timeline.Benchmarks.Scale;

/// <summary>The actor recogniser on real short articles: the seed article and the news of 10kGNAD (German) and BBC
/// (English) in <c>../shared</c>, read at run time (nothing copied into the project). Timed by process CPU time
/// (user + system) after warm-up passes, like <see cref="ActorCpuRun"/>. <c>--dump FILE</c> writes every article's
/// mentions, actors, relations, groups and named entities instead, one line each, so that two builds can be compared
/// byte for byte.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- actors-real 5 [--shared DIR]
/// [--articles N] [--concat] [--actors-only] [--dump FILE]</c>; <c>--articles N</c> takes the first N articles of each source.</remarks>
internal static class ActorRealRun
{
    private const int WarmUpPasses = 3;

    public static int Run(int passes, string[] options)
    {
        var shared = Option(options, "--shared") ?? SharedDirectory();
        var limit = Option(options, "--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : int.MaxValue;
        var documents = Read(shared, limit);
        if (options.Contains("--concat"))
        {
            documents = Concatenated(documents);
        }

        var sentences = documents.Select(d => SentenceSplitter.Split(d.Text)).ToArray();
        var recognizer = ActorRecognizer.Create();
        if (Option(options, "--dump") is { } dump)
        {
            Dump(recognizer, documents, sentences, dump);
            return 0;
        }

        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Count} articles, {bytes / 1e6:F2} MB, {bytes / documents.Count} bytes per article"));
        Measure("ActorRecognizer.Recognize", passes, bytes, () =>
        {
            var found = 0;
            for (var i = 0; i < documents.Count; i++)
            {
                found += recognizer.Recognize(documents[i], sentences[i]).Mentions.Length;
            }

            return found;
        });
        if (options.Contains("--actors-only"))
        {
            return 0;
        }

        var entities = recognizer.NamedEntities;
        Measure("NamedEntityRecognizer.Recognize", passes, bytes, () =>
        {
            var found = 0;
            foreach (var document in documents)
            {
                found += entities.Recognize(document.Text).Length;
            }

            return found;
        });
        return 0;
    }

    private static void Measure(string name, int passes, long bytes, Func<int> once)
    {
        // A pass covers at least 8 MB (a small selection is run several times), and the JIT's optimised tiers are reached
        // in warm-up passes before anything is measured: the CPU time of the process includes the JIT's thread.
        var repeat = (int)Math.Max(1, 8_000_000 / Math.Max(1, bytes));
        var pass = () =>
        {
            var found = 0;
            for (var r = 0; r < repeat; r++)
            {
                found = once();
            }

            return found;
        };
        var found = 0;
        for (var i = 0; i < WarmUpPasses; i++)
        {
            found = pass();
        }

        var process = Process.GetCurrentProcess();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var before = process.TotalProcessorTime;
        var best = double.MaxValue;
        for (var i = 0; i < passes; i++)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            found = pass();
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - start).TotalSeconds);
        }

        process.Refresh();
        var total = (double)bytes * repeat;
        var seconds = (process.TotalProcessorTime - before).TotalSeconds / passes;
        var megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6 / passes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {found} found, {total / 1e6:F1} MB per pass, {seconds * 1000:F0} ms CPU per pass (best {best * 1000:F0}), {total / 1e6 / seconds:F1} MB/s per core (best {total / 1e6 / best:F1}), {megabytes:F1} MB allocated per pass"));
    }

    private static void Dump(ActorRecognizer recognizer, List<Document> documents, ImmutableArray<TextSpan>[] sentences, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        var entities = recognizer.NamedEntities;
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var result = recognizer.Recognize(document, sentences[i]);
            writer.WriteLine("D " + document.Id.Value);
            foreach (var m in result.Mentions)
            {
                writer.WriteLine(Invariant($"M {m.Span.Begin} {m.Span.End} {m.Actor.Value} {m.Kind} |{Escape(m.Text)}|"));
            }

            foreach (var a in result.Actors)
            {
                writer.WriteLine(Invariant($"A {a.Id.Value} {a.Kind} |{Escape(a.Name)}| [{string.Join("|", a.Aliases.Select(Escape))}]"));
            }

            foreach (var r in result.Relations)
            {
                writer.WriteLine(Invariant($"R {r.Source.Value} {r.Type} {r.Target.Value} |{Escape(r.Title ?? "-")}| {r.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} {r.Evidence.Span.Begin} {r.Evidence.Span.End}"));
            }

            foreach (var g in result.Groups)
            {
                writer.WriteLine(Invariant($"G {g.Span.Begin} {g.Span.End} |{Escape(g.Text)}| {string.Join(",", g.Members.Select(m => m.Value))}"));
            }

            foreach (var e in entities.Recognize(document.Text))
            {
                writer.WriteLine(Invariant($"N {e.Span.Begin} {e.Span.End} {e.Class} {e.Actor.Value} |{Escape(e.Text)}|"));
            }
        }
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string value) => value.Replace("\n", "\\n", StringComparison.Ordinal);

    private static List<Document> Read(string shared, int limit)
    {
        var paths = new[]
        {
            Path.Combine(shared, "seed"),
            Path.Combine(shared, "eval-data", "news_de_10kgnad", "news_de_10kgnad.test.jsonl"),
            Path.Combine(shared, "eval-data", "news_en_bbc", "news_en_bbc.jsonl"),
        };
        var reader = new ArticleReader(ReaderOptions.Default);
        var result = new List<Document>();
        foreach (var path in paths)
        {
            var taken = 0;
            foreach (var item in reader.ReadAsync([path], TextReader.Null, CancellationToken.None).ToBlockingEnumerable())
            {
                if (item is ArticleRead article && taken++ < limit)
                {
                    result.Add(article.Document);
                }
            }
        }

        return result;
    }

    /// <summary><c>--concat</c>: the same articles joined into documents of about a megabyte, so that the per-document
    /// costs of the recogniser drop out of the figure while the words stay the same.</summary>
    private static List<Document> Concatenated(List<Document> documents)
    {
        var result = new List<Document>();
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            text.Append(document.Text).Append("\n\n");
            if (text.Length >= 1_000_000 || document == documents[^1])
            {
                var info = new DocumentInfo(new DocumentId("concat-" + result.Count.ToString(CultureInfo.InvariantCulture)), string.Empty,
                    document.Info.Language, document.Info.Published, null, null, "concat");
                result.Add(new Document(info, text.ToString()));
                text.Clear();
            }
        }

        return result;
    }

    private static string? Option(string[] options, string name) =>
        Array.IndexOf(options, name) is var at and >= 0 && at + 1 < options.Length ? options[at + 1] : null;

    /// <summary><c>../shared</c> beside the repository (the directory holding Timeline.sln).</summary>
    private static string SharedDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        for (var up = directory?.Parent; up is not null; up = up.Parent)
        {
            var shared = Path.Combine(up.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "eval-data")))
            {
                return shared;
            }
        }

        throw new DirectoryNotFoundException("../shared not found above " + AppContext.BaseDirectory + "; pass --shared DIR");
    }
}
