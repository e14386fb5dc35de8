using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Timeline.Core.Documents;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Benchmarks;

/// <summary>Actor recognition throughput on about 1 MB of invented German and English news text (MB/s = 1 / mean
/// seconds per operation, one core). Target: at least 20 MB/s.</summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    private static readonly string[] Sentences =
    [
        "US-Außenminister Marco Rubio hat am Montag mit seinem russischen Amtskollegen Sergej Lawrow telefoniert.",
        "Der Kreml wies die Vorwürfe zurück, teilte Kreml-Sprecher Dmitri Peskow der Agentur Interfax mit.",
        "In Kiew kündigte Präsident Wolodymyr Selenskyj neue Gespräche mit der EU-Kommission in Brüssel an.",
        "Die Bundesregierung in Berlin und die französische Regierung wollen beim NATO-Gipfel in Den Haag gemeinsam auftreten.",
        "Nach Angaben des Pentagons sind weitere Soldaten in Polen und Rumänien eingetroffen, sagte ein Sprecher.",
        "British Prime Minister Keir Starmer met Chinese Foreign Minister Wang Yi in Beijing on Tuesday, Reuters reported.",
        "Der Vorstand der Nordbank AG in Hamburg erklärte, man rechne mit steigenden Zinsen im kommenden Jahr.",
        "Trainerin Maria Keller vom FC Musterstadt lobte die Mannschaft nach dem Sieg gegen Borussia Dortmund.",
    ];

    private Document _document = null!;
    private ImmutableArray<TextSpan> _sentences;
    private ActorRecognizer _recognizer = null!;

    public static int Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 1_000_000; i++)
        {
            text.Append(Sentences[i % Sentences.Length]).Append(i % 5 == 4 ? "\n\n" : " ");
        }

        var content = text.ToString();
        Bytes = Encoding.UTF8.GetByteCount(content);
        var info = new DocumentInfo(new DocumentId("bench"), string.Empty, Language.German, null, null, null, "bench");
        _document = new Document(info, content);
        _sentences = SentenceSplitter.Split(content);
        _recognizer = ActorRecognizer.Create();
        _recognizer.Recognize(_document, _sentences);
    }

    [Benchmark]
    public int RecognizeOneMegabyte() => _recognizer.Recognize(_document, _sentences).Mentions.Length;

    [Benchmark]
    public int NamedEntitiesOneMegabyte() => _recognizer.NamedEntities.Recognize(_document.Text).Length;
}
