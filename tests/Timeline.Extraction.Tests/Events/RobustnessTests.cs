using System.Text;
using Timeline.Core.Actors;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Tests.Events;

public sealed class RobustnessTests
{
    [Fact]
    public void Ten_thousand_word_sentence_without_punctuation_is_processed_in_bounded_windows()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            builder.Append(i % 7 == 0 ? "Frankreich kritisierte Spanien und " : "die Lage blieb ruhig und ");
        }

        var events = new EventTestDocument(builder.ToString()).Actor("Frankreich", "france").Actor("Spanien", "spain").Extract();

        // One event, merged from every window's mentions: France criticised Spain.
        var accuse = Assert.Single(events);
        Assert.Equal("france", accuse.Participants[0].Actor.Value);
        Assert.True(accuse.Mentions.Length >= 2);
    }

    [Fact]
    public void Quotes_inside_quotes_and_lists_do_not_crash_and_keep_offsets()
    {
        const string text = "„Er sagte: ‚Italien griff \"nie\" Malta an‘“, so der Sprecher.\n- Italien\n- Malta\n| Italien | Malta |\n\"\"\"";
        var events = new EventTestDocument(text).Actor("Italien", "italy").Actor("Malta", "malta").Extract();

        foreach (var e in events)
        {
            foreach (var mention in e.Mentions)
            {
                Assert.Equal(mention.SentenceText, mention.Sentence.Of(text));
                Assert.True(mention.TriggerSpan.End <= text.Length);
            }
        }
    }

    [Fact]
    public void Same_input_gives_equal_output()
    {
        const string text = "Am Montag tagte der Sicherheitsrat. Schweden beschuldigte Norwegen, die Gespräche zu blockieren. Norwegen wies das zurück.";
        EventTestDocument Build() => new EventTestDocument(text)
            .Actor("Sicherheitsrat", "un-security-council", ActorKind.Organization).Actor("Schweden", "sweden").Actor("Norwegen", "norway")
            .Date("Am Montag", "2022-01-31", "2022-01-31");

        var first = Build().Extract();
        var second = Build().Extract();

        Assert.Equal(3, first.Length);
        Assert.True(first.SequenceEqual(second));
    }

    [Fact]
    public void Text_without_any_sentence_splits_still_yields_events_only_with_actors()
    {
        var events = new EventTestDocument("ohne punkt und komma rief irgendwer irgendwen auf und niemand antwortete", Language.German).Extract();
        Assert.Empty(events);
    }
}
