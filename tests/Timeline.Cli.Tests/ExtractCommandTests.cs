using Newtonsoft.Json.Linq;

namespace Timeline.Cli.Tests;

public sealed class ExtractCommandTests
{
    internal const string GermanArticle = """
        Außenminister beraten über Krise

        Stand: 07.03.2023 09:40 Uhr

        Der Außenminister der USA, Antony Blinken, will heute mit dem russischen Außenminister Sergej Lawrow telefonieren. Am Montag hatte der UN-Sicherheitsrat über die Lage beraten.
        """;

    [Fact]
    public async Task Extract_prints_the_contract_json_for_an_article()
    {
        using var folder = new TempFolder();
        var path = folder.Write("krise.txt", GermanArticle);

        var run = await CliRun.RunAsync("extract", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var json = Json.Parse(run.Output);
        Assert.Equal("timeline-extract/1", (string?)json["schema"]);
        var document = (JObject)json["documents"]![0]!;
        Assert.Equal("krise", (string?)document["id"]);
        Assert.Equal("Außenminister beraten über Krise", (string?)document["title"]);
        Assert.Equal("de", (string?)document["language"]);
        Assert.Equal("2023-03-07T09:40:00+01:00", (string?)document["published"]);
        Assert.NotNull(json["actors"]);
        Assert.NotNull(json["relations"]);
        Assert.NotNull(json["events"]);
    }

    [Fact]
    public async Task Extract_output_is_byte_identical_across_runs()
    {
        using var folder = new TempFolder();
        folder.Write("a/one.txt", GermanArticle);
        folder.Write("b/two.txt", GermanArticle.Replace("heute", "morgen", StringComparison.Ordinal));

        var first = await CliRun.RunAsync("extract", folder.Path);
        var second = await CliRun.RunAsync("extract", folder.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(["one", "two"], Json.Parse(first.Output)["documents"]!.Select(d => (string?)d["id"]));
    }

    [Fact]
    public async Task Extract_reads_standard_input_for_a_dash()
    {
        var run = await CliRun.RunWithAsync(null, "Gipfel\n\nDie Minister treffen sich am Freitag.", "extract", "-", "--published", "2023-03-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2023-03-01T00:00:00+01:00", (string?)Json.Parse(run.Output)["documents"]![0]!["published"]);
    }

    [Fact]
    public async Task Extract_writes_to_an_output_file_and_nothing_to_stdout()
    {
        using var folder = new TempFolder();
        var path = folder.Write("krise.txt", GermanArticle);
        var output = folder.Combine("out.json");

        var run = await CliRun.RunAsync("extract", path, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("krise", (string?)Json.Parse(File.ReadAllText(output))["documents"]![0]!["id"]);
        Assert.False(File.Exists(output + ".tmp"));
    }

    [Fact]
    public async Task A_bad_item_exits_with_code_1_after_extracting_the_rest()
    {
        using var folder = new TempFolder();
        folder.Write("a-empty.txt", string.Empty);
        folder.Write("b-good.txt", GermanArticle);

        var run = await CliRun.RunAsync("extract", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"timeline: {folder.Combine("a-empty.txt")}: is empty", run.Error.Trim());
        Assert.Single(Json.Parse(run.Output)["documents"]!);
    }

    [Theory]
    [InlineData(new[] { "extract", "x.txt", "--bogus" }, "timeline: Unrecognized option '--bogus'.")]
    [InlineData(new[] { "extract", "x.txt", "--language", "fr" }, "timeline: --language: 'fr' is not supported; expected auto, de or en.")]
    [InlineData(new[] { "extract", "x.txt", "--published", "31.02.2022" }, "timeline: --published: '31.02.2022' is not a valid date.")]
    [InlineData(new[] { "ingest", "x.txt", "--event-coverage", "wide" }, "timeline: --event-coverage: 'wide' is not a coverage; expected standard or broad.")]
    [InlineData(new[] { "events", "--from", "2022-02-30" }, "timeline: --from: '2022-02-30' is not a date; expected YYYY-MM-DD.")]
    [InlineData(new[] { "events", "--format", "xml" }, "timeline: --format: 'xml' is not a format; expected table, json, csv or markdown.")]
    [InlineData(new[] { "events", "--between", "Blinken" }, "timeline: Required argument missing for option: '--between'.")]
    public async Task Usage_errors_print_one_line_naming_the_option_and_exit_with_code_1(string[] args, string expected)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, run.Error.TrimEnd('\n'));
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Every_span_in_the_json_covers_its_text_and_only_the_event_time_repeats_a_key()
    {
        using var folder = new TempFolder();
        var path = folder.Write("krise.txt", GermanArticle);

        var run = await CliRun.RunAsync("extract", path);

        var json = Json.Parse(run.Output);
        var document = (JObject)json["documents"]![0]!;
        foreach (var item in document["timexes"]!.Concat(document["mentions"]!))
        {
            Assert.Equal((string?)item["text"], GermanArticle[(int)item["begin"]!..(int)item["end"]!]);
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(item.ToString()));
            JObject.Load(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }

        foreach (var item in json["events"]!)
        {
            var sentence = item["sentence"]!;
            Assert.Equal((string?)sentence["text"], GermanArticle[(int)sentence["begin"]!..(int)sentence["end"]!]);
            if (item["time"] is JObject { } time && time["begin"]!.Type == JTokenType.Integer)
            {
                Assert.Equal((string?)time["text"], GermanArticle[(int)time["begin"]!..(int)time["end"]!]);
            }
        }

        Assert.NotEmpty(json["events"]!);
    }

    [Fact]
    public async Task Broad_event_coverage_adds_business_events_that_the_standard_lexicon_leaves_out()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plane.txt", """
            Planemaker wins order

            Updated: March 3, 2024

            Airbus sold forty jets to Lufthansa on Monday, the company said.
            """);

        var standard = await CliRun.RunAsync("extract", path, "--language", "en");
        var broad = await CliRun.RunAsync("extract", path, "--language", "en", "--event-coverage", "broad");

        Assert.Equal((0, 0), (standard.ExitCode, broad.ExitCode));
        var standardEvents = (JArray)JObject.Parse(standard.Output)["events"]!;
        var broadEvents = (JArray)JObject.Parse(broad.Output)["events"]!;
        Assert.True(broadEvents.Count > standardEvents.Count, broad.Output);
        Assert.Contains(broadEvents, e => (string?)e["type"] == "COOPERATE"
            && e["participants"]!.Select(p => (string?)p["actor"]).SequenceEqual(["airbus", "lufthansa"]));
    }
}
