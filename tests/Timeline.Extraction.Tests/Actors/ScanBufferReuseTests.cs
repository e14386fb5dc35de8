using System.Text;
using NodaTime;
using Timeline.Core.Documents;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Actors;

/// <summary>The recognizers reuse their working memory (tokens, candidates, owners, texts) from one text to the next on
/// a thread: nothing of an earlier text may show in the result of a later one.</summary>
public sealed class ScanBufferReuseTests
{
    private static readonly OffsetDateTime Published = new(new LocalDateTime(2024, 5, 6, 8, 15), Offset.FromHours(2));

    // Invented news text: dictionary actors, roles, pattern persons and organisations, places, a group reference.
    private static readonly string[] Sentences =
    [
        "Bundesaußenministerin Annalena Baerbock traf am Dienstag in Ankara ihren türkischen Amtskollegen Hakan Fidan.",
        "Der Sprecher des Auswärtigen Amts sagte, beide Seiten wollten die Gespräche im Juni in Genf fortsetzen.",
        "Die Nordhafen Logistik GmbH in Bremerhaven meldete einen Rekordumsatz, teilte Firmenchefin Jutta Brammer mit.",
        "In Washington erklärte US-Präsident Joe Biden, die NATO stehe geschlossen hinter der Ukraine.",
        "Kreml-Sprecher Dmitri Peskow wies die Vorwürfe zurück. Der Sprecher nannte sie haltlos.",
        "Trainer Olaf Quendt vom SV Grünwiesen lobte nach dem Spiel gegen Eintracht Frankfurt seine Abwehr.",
        "French President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Friday, AFP reported.",
        "Laut Polizei wurde der Lastwagen auf der A 7 bei Kassel von einem Kran geborgen.",
    ];

    [Fact]
    public void A_text_gives_the_same_actors_before_and_after_a_longer_and_a_shorter_text()
    {
        var recognizer = ActorRecognizer.Create();
        var longText = Compose(400, 0);
        var shortText = Compose(3, 5);

        var shortFirst = Render(recognizer, shortText);
        var longResult = Render(recognizer, longText);
        var shortAfterLong = Render(recognizer, shortText);
        var longAgain = Render(recognizer, longText);

        Assert.Equal(shortFirst, shortAfterLong);
        Assert.Equal(longResult, longAgain);
        Assert.Contains("annalena-baerbock", shortAfterLong + longResult, StringComparison.Ordinal);
        Assert.NotEqual(shortFirst, longResult);
    }

    [Fact]
    public void Results_on_a_fresh_thread_equal_results_on_a_thread_that_recognised_other_texts()
    {
        var recognizer = ActorRecognizer.Create();
        var texts = Enumerable.Range(0, 12).Select(i => Compose(5 + (i * 7 % 30), i)).ToArray();
        foreach (var text in texts)
        {
            _ = Render(recognizer, text);
        }

        var reused = texts.Select(text => Render(recognizer, text)).ToArray();
        var fresh = new string[texts.Length];
        var threads = texts.Select((text, i) => new Thread(() => fresh[i] = Render(recognizer, text))).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
            thread.Join();
        }

        Assert.Equal(fresh, reused);
    }

    [Fact]
    public void Named_entities_of_a_text_do_not_depend_on_the_text_recognised_before()
    {
        var recognizer = NamedEntityRecognizer.Create();
        var text = Compose(8, 2);
        var before = Entities(recognizer, text);
        _ = recognizer.Recognize(Compose(300, 1));
        var after = Entities(recognizer, text);

        Assert.Equal(before, after);
        Assert.Contains("Olaf Quendt", after, StringComparison.Ordinal);
    }

    private static string Compose(int sentences, int offset)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append(Sentences[(i + offset) % Sentences.Length]).Append(i % 4 == 3 ? "\n\n" : " ");
        }

        return text.ToString();
    }

    private static string Entities(NamedEntityRecognizer recognizer, string text) =>
        string.Join("\n", recognizer.Recognize(text).Select(e => $"{e.Span.Begin}-{e.Span.End} {e.Class} {e.Actor.Value} {e.Text}"));

    private static string Render(ActorRecognizer recognizer, string text)
    {
        var info = new DocumentInfo(new DocumentId("reuse"), string.Empty, Language.German, Published, null, null, "test");
        var result = recognizer.Recognize(new Document(info, text), SentenceSplitter.Split(text));
        var rendered = new StringBuilder();
        foreach (var mention in result.Mentions)
        {
            rendered.Append(mention.Span.Begin).Append('-').Append(mention.Span.End).Append(' ').Append(mention.Actor.Value)
                .Append(' ').Append(mention.Kind).Append(' ').Append(mention.Text).Append('\n');
        }

        foreach (var actor in result.Actors)
        {
            rendered.Append(actor.Id.Value).Append(' ').Append(actor.Name).Append(' ').Append(string.Join("|", actor.Aliases)).Append('\n');
        }

        foreach (var relation in result.Relations)
        {
            rendered.Append(relation.Source.Value).Append(' ').Append(relation.Type).Append(' ').Append(relation.Target.Value)
                .Append(' ').Append(relation.Title).Append(' ').Append(relation.Evidence.Span.Begin).Append('\n');
        }

        foreach (var group in result.Groups)
        {
            rendered.Append(group.Text).Append(' ').Append(string.Join("|", group.Members.Select(m => m.Value))).Append('\n');
        }

        return rendered.ToString();
    }
}
