using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Relations;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Actors;

public sealed class ActorRecognizerTests
{
    private static readonly OffsetDateTime Published = new(new LocalDateTime(2023, 3, 14, 9, 30), Offset.FromHours(1));

    private static ActorRecognition Recognize(string text, ActorRecognizer? recognizer = null, Language language = Language.German)
    {
        var info = new DocumentInfo(new DocumentId("doc-1"), string.Empty, language, Published, null, null, "test");
        return (recognizer ?? ActorRecognizer.Create()).Recognize(new Document(info, text), SentenceSplitter.Split(text));
    }

    private static string[] Ids(ActorRecognition result) => [.. result.Mentions.Select(m => m.Actor.Value)];

    [Fact]
    public void Genitives_capitals_and_seats_resolve_to_their_countries()
    {
        var result = Recognize("Nach Angaben des Kremls lehnt Moskau die Vorschläge Washingtons ab, während Kyjiw schweigt.");

        Assert.Equal(["russia", "russia", "usa", "ukraine"], Ids(result));
        Assert.All(result.Mentions, m => Assert.Equal(ActorKind.Country, m.Kind));
    }

    [Fact]
    public void Hyphenated_compounds_and_government_phrases_name_the_country()
    {
        var result = Recognize("Die US-Regierung und die britische Regierung begrüßten den NATO-Beschluss.");

        Assert.Equal(["usa", "united-kingdom", "nato"], Ids(result));
        Assert.Equal("US-Regierung", result.Mentions[0].Text);
        Assert.Equal("britische Regierung", result.Mentions[1].Text);
        Assert.Equal("NATO", result.Mentions[2].Text);
    }

    [Fact]
    public void A_title_with_a_country_gives_a_dated_role_with_evidence()
    {
        const string text = "Gestern telefonierte Chinas Außenminister Wang Yi mit der Regierung in Berlin.";
        var result = Recognize(text);

        var role = Assert.Single(result.Relations, r => r.Type == RelationType.HoldsRole);
        Assert.Equal(new ActorId("wang-yi"), role.Source);
        Assert.Equal(new ActorId("china"), role.Target);
        Assert.Equal("Außenminister", role.Title);
        Assert.Equal(new LocalDate(2023, 3, 14), role.Since);
        Assert.Equal("Chinas Außenminister Wang Yi", role.Evidence.Span.Of(text));
    }

    [Fact]
    public void An_unknown_person_after_a_role_noun_gets_a_slug_and_later_surnames_resolve()
    {
        var result = Recognize("Die finnische Regierungssprecherin Aino Virtanen kündigte Gespräche an. Virtanen sagte, man sei bereit.");

        var person = Assert.Single(result.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("aino-virtanen", person.Id.Value);
        Assert.Equal("Aino Virtanen", person.Name);
        Assert.Contains("Virtanen", person.Aliases);
        Assert.Equal(2, result.Mentions.Count(m => m.Actor == person.Id));
        var role = Assert.Single(result.Relations, r => r.Type == RelationType.HoldsRole);
        Assert.Equal(("finland", "Regierungssprecherin"), (role.Target.Value, role.Title));
    }

    [Fact]
    public void A_colleague_of_a_minister_holds_the_same_office_for_the_qualifying_country()
    {
        var result = Recognize("Frankreichs Außenminister Jean-Noël Barrot traf seinen ukrainischen Kollegen Dmytro Kuleba in Paris.");

        var kuleba = Assert.Single(result.Relations, r => r.Source.Value == "dmytro-kuleba");
        Assert.Equal(("ukraine", "Außenminister"), (kuleba.Target.Value, kuleba.Title));
    }

    [Fact]
    public void The_spokesman_after_a_named_spokesman_is_that_person()
    {
        var result = Recognize("Kreml-Sprecher Dmitri Peskow wies den Bericht zurück. Der Sprecher nannte ihn eine Erfindung.");

        var coreference = Assert.Single(result.Mentions, m => m.Text == "Sprecher");
        Assert.Equal("dmitri-peskow", coreference.Actor.Value);
        Assert.Contains(result.Relations, r => r.Source.Value == "dmitri-peskow" && r.Target.Value == "russia" && r.Title == "Sprecher");
    }

    [Fact]
    public void Both_sides_after_two_named_parties_is_a_group_reference_to_both()
    {
        var result = Recognize("Peking hat auf die Note aus Tokio geantwortet. Beide Seiten wollen nun verhandeln.");

        var group = Assert.Single(result.Groups);
        Assert.Equal("Beide Seiten", group.Text);
        Assert.Equal(["japan", "china"], group.Members.Select(m => m.Value));
    }

    [Fact]
    public void English_titles_and_transliterations_resolve_to_the_same_ids_as_German()
    {
        var result = Recognize("British Foreign Secretary David Lammy met Russian Foreign Minister Sergei Lavrov and President Zelenskyy.",
            language: Language.English);

        Assert.Contains(result.Mentions, m => m.Actor.Value == "sergej-lawrow" && m.Text == "Sergei Lavrov");
        Assert.Contains(result.Mentions, m => m.Actor.Value == "wolodymyr-selenskyj");
        Assert.Contains(result.Relations, r => r.Source.Value == "david-lammy" && r.Target.Value == "united-kingdom"
                                               && r.Title == "Foreign Secretary");
        Assert.Contains(result.Relations, r => r.Source.Value == "sergej-lawrow" && r.Target.Value == "russia");
    }

    [Fact]
    public void Parts_of_a_government_are_related_to_it()
    {
        var result = Recognize("Das State Department widersprach dem Bericht.");

        var part = Assert.Single(result.Relations);
        Assert.Equal((RelationType.PartOf, "us-state-department", "usa"), (part.Type, part.Source.Value, part.Target.Value));
        Assert.Contains(result.Actors, a => a.Id.Value == "usa");
    }

    [Theory]
    [InlineData("Сергей Лавров встретился с Антони Блинкеном в Женеве.")]
    [InlineData("Der Präsident Ääääö Ωmega-Xyz Ĳssel besuchte Łódź und Kraków.")]
    [InlineData("DIE BUNDESREGIERUNG UND DIE REGIERUNG IN WASHINGTON SIND SICH EINIG ÜBER ALLE PUNKTE DER VEREINBARUNG")]
    [InlineData("")]
    [InlineData("---- ... „“ ‚‘ »« - U.S. - U.N. -US- NATO-")]
    public void Unusual_scripts_and_shapes_give_sensible_mentions_without_crashing(string text)
    {
        var result = Recognize(text);

        AssertWellFormed(text, result);
    }

    [Fact]
    public void A_very_long_capitalised_run_is_handled_with_bounded_names()
    {
        var text = "Präsident " + string.Join(' ', Enumerable.Range(0, 5000).Select(i => "Großwort" + (char)('A' + (i % 26))));
        var result = Recognize(text);

        AssertWellFormed(text, result);
        Assert.All(result.Mentions, m => Assert.True(m.Text.Length < 200));
    }

    [Fact]
    public void Cyrillic_names_resolve_to_dictionary_ids()
    {
        var result = Recognize("Сергей Лавров и Владимир Путин");

        Assert.Equal(["sergej-lawrow", "wladimir-putin"], Ids(result));
    }

    [Fact]
    public void The_same_text_gives_identical_results()
    {
        const string text = "US-Präsident Joe Biden und der russische Präsident Wladimir Putin sprachen über die Ukraine.";

        var first = Recognize(text);
        var second = Recognize(text);

        Assert.Equal(first.Mentions.ToArray(), second.Mentions.ToArray());
        Assert.Equal(first.Actors.ToArray(), second.Actors.ToArray());
        Assert.Equal(first.Relations.ToArray(), second.Relations.ToArray());
    }

    internal static void AssertWellFormed(string text, ActorRecognition result)
    {
        var end = 0;
        foreach (var mention in result.Mentions)
        {
            Assert.True(mention.Span.Begin >= end, "mentions overlap or are out of order");
            Assert.Equal(mention.Span.Of(text), mention.Text);
            end = mention.Span.End;
        }

        Assert.All(result.Actors, a => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", a.Id.Value));
        Assert.All(result.Mentions, m => Assert.Contains(result.Actors, a => a.Id == m.Actor));
    }
}
