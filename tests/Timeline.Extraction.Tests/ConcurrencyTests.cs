using NodaTime;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Tests;

/// <summary>The CLI extracts on every core with one shared pipeline: results must not depend on what runs beside them.</summary>
public sealed class ConcurrencyTests
{
    private const string German = """
        Außenminister beraten über Krise

        Stand: 07.03.2023 09:40 Uhr

        Der Außenminister der USA, Antony Blinken, will heute mit dem russischen Außenminister Sergej Lawrow telefonieren. Am Montag hatte der UN-Sicherheitsrat über die Lage beraten. Im Laufe des Wochenendes hatte Russland weitere Truppen an die Grenze verlegt.
        """;

    private const string English = """
        Ministers to talk again

        Updated: March 7, 2023

        US Secretary of State Antony Blinken will speak with Russian Foreign Minister Sergei Lavrov by phone on Thursday. The UN Security Council met on Monday. Last week, Britain announced new aid for Ukraine.
        """;

    [Fact]
    public void Extraction_gives_the_same_result_when_many_documents_run_at_once()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var published = new LocalDateTime(2023, 3, 7, 9, 40).WithOffset(Offset.FromHours(1));
        Document Make(int i) => new(
            new DocumentInfo(new DocumentId("d" + (i % 2)), string.Empty, i % 2 == 0 ? Language.German : Language.English, published, null, null, "test"),
            i % 2 == 0 ? German : English);
        var expected = new[] { Render(pipeline.Extract(Make(0))), Render(pipeline.Extract(Make(1))) };

        var results = new string[400];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Render(pipeline.Extract(Make(i))));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % 2], results[i]);
        }
    }

    private static string Render(Core.Extraction.DocumentExtraction extraction)
    {
        using var writer = new StringWriter();
        using (var json = new Json.ExtractionJsonWriter(writer))
        {
            json.Write(extraction);
        }

        return writer.ToString();
    }
}
