using NodaTime;
using Timeline.Core.Documents;
using Timeline.Core.Time;
using Timeline.Extraction.Time;

namespace Timeline.Evaluation.Timex;

/// <summary>Checks the tagger on the founding seed article (read from ../shared at run time, never copied).</summary>
internal static class SeedCheck
{
    private const string SeedFile = "seed/000_a1041212b9023456.txt";

    private static readonly (string Text, string Type, string Value)[] Expected =
    [
        ("01.02.2022 10:53 Uhr", "TIME", "2022-02-01T10:53"),
        ("Heute", "DATE", "2022-02-01"),
        ("vergangenen Woche", "DATE", "2022-W04"),
        ("Montag", "DATE", "2022-01-31"),
        ("Wochenendes", "DATE", "2022-W04-WE"),
        ("kommenden drei Jahren", "DURATION", "P3Y"),
        ("bald", "DATE", "FUTURE_REF"),
        ("zuvor", "DATE", "PAST_REF"),
        ("01. Februar 2022", "DATE", "2022-02-01"),
        ("06:00 Uhr", "TIME", "2022-02-01T06:00"),
    ];

    private static readonly string[] NotTime = ["100.000 Mann", "35.000", "8500 Soldaten", "105 Millionen"];

    public static int Run()
    {
        var path = Path.Combine(SharedDirectory(), SeedFile);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var published = new LocalDateTime(2022, 2, 1, 10, 53).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).ToOffsetDateTime();
        var timexes = TimexTagger.Create().Tag(text, Language.German, published);
        var failures = 0;
        foreach (var (key, type, value) in Expected)
        {
            var found = timexes.FirstOrDefault(t => t.Text.Contains(key, StringComparison.Ordinal) || key.Contains(t.Text, StringComparison.Ordinal) && t.Text.Length >= key.Length / 2);
            var ok = found is not null && found.Type.ToWire() == type && found.Value == value;
            failures += ok ? 0 : 1;
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {key,-24} expected {type} {value,-14} got {(found is null ? "nothing" : $"'{found.Text}' {found.Type.ToWire()} {found.Value} {found.Interval?.Start}..{found.Interval?.End}")}");
        }

        foreach (var key in NotTime)
        {
            var at = text.IndexOf(key, StringComparison.Ordinal);
            var wrong = timexes.FirstOrDefault(t => at >= 0 && t.Span.Begin < at + key.Length && at < t.Span.End);
            failures += wrong is null ? 0 : 1;
            Console.WriteLine($"{(wrong is null ? "ok  " : "FAIL")} no timex in '{key}'{(wrong is null ? string.Empty : $": got '{wrong.Text}' {wrong.Value}")}");
        }

        Console.WriteLine($"all timexes ({timexes.Length}): " + string.Join("; ", timexes.Select(t => $"'{t.Text}' {t.Type.ToWire()} {t.Value}")));
        Console.WriteLine(failures == 0 ? "seed check passed" : $"seed check: {failures} failure(s)");
        return failures == 0 ? 0 : 2;
    }

    /// <summary>The shared data directory beside the repository root (the directory holding Timeline.sln).</summary>
    internal static string SharedDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new DirectoryNotFoundException("Timeline.sln not found above " + AppContext.BaseDirectory);
        // ../shared beside the clone; a git worktree one level deeper (wt/<name>) finds it further up.
        for (var up = new DirectoryInfo(root).Parent; up is not null; up = up.Parent)
        {
            var shared = Path.Combine(up.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "seed")))
            {
                return shared;
            }
        }

        throw new DirectoryNotFoundException("../shared not found above " + root);
    }
}
