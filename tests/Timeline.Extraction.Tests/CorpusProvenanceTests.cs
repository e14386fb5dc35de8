using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Timeline.Core.Documents;
using Timeline.Core.Extraction;

namespace Timeline.Extraction.Tests;

/// <summary>Runs the whole pipeline over real corpora: nothing throws, every reported span's text is exactly the
/// text at its offsets (timexes, actor mentions, relation evidence, event sentences and triggers), and every actor an
/// event or relation names is one of the document's actors (the store refuses a document that breaks this).</summary>
public sealed class CorpusProvenanceTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static readonly ExtractionPipeline BroadPipeline = new(
        Timeline.Extraction.Time.TimexTagger.Create(),
        Timeline.Extraction.Actors.ActorRecognizer.Create(),
        Timeline.Extraction.Events.EventExtractor.Create(Timeline.Extraction.Events.EventCoverage.Broad));

    public static TheoryData<string, string> Corpora => new()
    {
        { "eval-data/news_de_10kgnad/news_de_10kgnad.test.jsonl", "de" },
        { "eval-data/news_en_bbc/news_en_bbc.jsonl", "en" },
        { "eval-data/krauts/dev.jsonl", "de" },
        { "eval-data/tempeval3/timebank.jsonl", "en" },
        { "eval-data/semeval2015_task4_timeline/articles/corpus_1.jsonl", "en" },
        { "eval-data/semeval2015_task4_timeline/articles/corpus_3.jsonl", "en" },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_span_in_a_corpus_covers_exactly_its_reported_text(string corpus, string language)
    {
        var count = 0;
        foreach (var line in File.ReadLines(SharedData.PathOf(corpus)))
        {
            var json = Load(line);
            var text = (string)json["text"]!;
            var id = (string?)json["id"] ?? count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var published = new LocalDateTime(2022, 2, 1, 10, 53).WithOffset(Offset.FromHours(1));
            Assert.True(LanguageCodes.TryParse(language, out var parsedLanguage));
            var document = new Document(new DocumentInfo(new DocumentId(id), string.Empty, parsedLanguage, published, null, null, corpus), text);

            AssertProvenance(Pipeline.Extract(document), text, id);
            if (language == "en")
            {
                AssertProvenance(BroadPipeline.Extract(document), text, id + " (broad coverage)");
            }

            count++;
        }

        Assert.True(count >= 20, $"{corpus} had only {count} documents");
    }

    [Fact]
    public void The_seed_article_extracts_with_exact_provenance()
    {
        var text = File.ReadAllText(SharedData.PathOf("seed/000_a1041212b9023456.txt"));
        var published = new LocalDateTime(2022, 2, 1, 10, 53).WithOffset(Offset.FromHours(1));
        var document = new Document(new DocumentInfo(new DocumentId("seed"), string.Empty, Language.German, published, null, null, "seed"), text);

        AssertProvenance(Pipeline.Extract(document), text, "seed");
    }

    private static void AssertProvenance(DocumentExtraction extraction, string text, string id)
    {
        var listed = extraction.Actors.Select(a => a.Id).ToHashSet();
        foreach (var participant in extraction.Events.SelectMany(e => e.Participants))
        {
            Assert.True(listed.Contains(participant.Actor), $"{id}: event participant '{participant.Actor.Value}' is not among the document's actors");
        }

        foreach (var relation in extraction.Relations)
        {
            Assert.True(listed.Contains(relation.Source) && listed.Contains(relation.Target), $"{id}: relation between unlisted actors");
        }

        foreach (var timex in extraction.Timexes)
        {
            Assert.True(timex.Text == timex.Span.Of(text), $"{id}: timex '{timex.Text}' at {timex.Span.Begin}");
        }

        foreach (var mention in extraction.Mentions)
        {
            Assert.True(mention.Text == mention.Span.Of(text), $"{id}: mention '{mention.Text}' at {mention.Span.Begin}");
        }

        foreach (var relation in extraction.Relations)
        {
            Assert.True(relation.Evidence.Span.End <= text.Length, $"{id}: relation evidence beyond the text");
        }

        foreach (var item in extraction.Events)
        {
            foreach (var mention in item.Mentions)
            {
                Assert.True(mention.SentenceText == mention.Sentence.Of(text), $"{id}: event sentence at {mention.Sentence.Begin}");
                Assert.True(mention.Sentence.Contains(mention.TriggerSpan), $"{id}: trigger outside its sentence at {mention.TriggerSpan.Begin}");
                if (mention.TimeEvidence is { } evidence)
                {
                    Assert.True(evidence.Text == evidence.Span.Of(text), $"{id}: time evidence '{evidence.Text}'");
                }
            }
        }
    }

    private static JObject Load(string line)
    {
        using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }
}
