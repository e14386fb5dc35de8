using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Actors;

public sealed class RolePhraseAndDemonymTests
{
    private static readonly OffsetDateTime Published = new(new LocalDateTime(2023, 3, 14, 9, 30), Offset.FromHours(1));

    private static ActorRecognition Recognize(string text, Language language)
    {
        var info = new DocumentInfo(new DocumentId("doc-1"), string.Empty, language, Published, null, null, "test");
        return ActorRecognizer.Create().Recognize(new Document(info, text), SentenceSplitter.Split(text));
    }

    private static string? ActorOf(ActorRecognition result, string text, int occurrence = 0) =>
        result.Mentions.Where(m => m.Text == text).Skip(occurrence).FirstOrDefault()?.Actor.Value;

    [Fact]
    public void The_president_in_lower_case_is_the_last_person_named_president()
    {
        var result = Recognize(
            "President Carlton Mayhew met union leaders in Dunmore on Monday. Later the president said the talks had gone well.",
            Language.English);

        Assert.Equal("carlton-mayhew", ActorOf(result, "president"));
    }

    [Fact]
    public void The_vice_president_is_not_the_president()
    {
        var result = Recognize(
            "President Carlton Mayhew received Vice President Dora Quill. The vice president spoke first, then the president answered.",
            Language.English);

        Assert.Equal("dora-quill", ActorOf(result, "president", 0));
        Assert.Equal("carlton-mayhew", ActorOf(result, "president", 1));
    }

    [Fact]
    public void The_prime_minister_with_its_modifier_is_the_holder_of_that_office()
    {
        var result = Recognize(
            "Finance Minister Olav Brekke and Prime Minister Ingrid Solvang toured the harbour. The prime minister promised new funds.",
            Language.English);

        Assert.Equal("ingrid-solvang", ActorOf(result, "minister"));
    }

    [Fact]
    public void The_president_of_another_body_is_no_reference_to_the_last_president()
    {
        var result = Recognize(
            "President Carlton Mayhew opened the fair. The president of the chamber of commerce thanked the visitors.",
            Language.English);

        Assert.Null(ActorOf(result, "president"));
    }

    [Fact]
    public void A_dictionary_person_named_without_title_is_the_holder_of_a_later_role_phrase()
    {
        // Olaf Scholz is Bundeskanzler in the dictionary on the publication date (2023-03-14).
        var result = Recognize("Olaf Scholz reiste am Montag nach Lissabon. Der Kanzler traf dort Vertreter der Industrie.", Language.German);

        Assert.Equal("olaf-scholz", ActorOf(result, "Kanzler"));
    }

    [Fact]
    public void A_country_adjective_in_the_role_phrase_picks_the_holder_of_that_country()
    {
        var result = Recognize(
            "Der französische Präsident Emmanuel Macron und der brasilianische Präsident Rafael Tavares trafen sich in Paris. "
            + "Der französische Präsident lobte das Treffen.",
            Language.German);

        Assert.Equal("emmanuel-macron", ActorOf(result, "Präsident"));
    }

    [Fact]
    public void The_chancellor_is_not_the_vice_chancellor_named_last()
    {
        var result = Recognize(
            "Bundeskanzlerin Marta Köhnlein und Vizekanzler Ruben Sattler stellten den Haushalt vor. Die Kanzlerin verteidigte die Kürzungen.",
            Language.German);

        Assert.Equal("marta-kohnlein", ActorOf(result, "Kanzlerin"));
    }

    [Theory]
    [InlineData("Nigerian soldiers closed the border on Friday.", "Nigerian", "nigeria")]
    [InlineData("Serb police blocked the road.", "Serb", "serbia")]
    [InlineData("The Palestinians rejected the offer.", "Palestinians", "palestine")]
    [InlineData("Kenyans voted on Tuesday.", "Kenyans", "kenya")]
    public void English_nationality_words_name_their_country(string sentence, string word, string country)
    {
        Assert.Equal(country, ActorOf(Recognize(sentence, Language.English), word));
    }

    [Theory]
    [InlineData("Israelis und Palästinenser sollen wieder verhandeln.", "Palästinenser", "palestine")]
    [InlineData("Die Serben lehnten den Vorschlag ab.", "Serben", "serbia")]
    [InlineData("Die nigerianische Armee meldete Erfolge.", "nigerianische", "nigeria")]
    [InlineData("Die Syrer warten an der Grenze.", "Syrer", "syria")]
    public void German_nationality_words_name_their_country(string sentence, string word, string country)
    {
        Assert.Equal(country, ActorOf(Recognize(sentence, Language.German), word));
    }

    [Theory]
    [InlineData("Thousands of ethnic Albanians marched in the capital.", "Albanians", Language.English)]
    [InlineData("Die ethnischen Serben im Norden protestierten.", "Serben", Language.German)]
    public void An_ethnic_group_is_not_its_namesake_country(string sentence, string word, Language language)
    {
        var result = Recognize(sentence, language);

        Assert.Null(ActorOf(result, word));
        Assert.NotNull(ActorOf(Recognize(sentence.Replace("ethnic Albanians", "Albanians", StringComparison.Ordinal)
            .Replace("ethnischen Serben", "Serben", StringComparison.Ordinal), language), word));
    }

    [Fact]
    public void Die_Dschihadisten_are_the_armed_group_named_before()
    {
        var result = Recognize(
            "Kämpfer der Taliban griffen am Morgen einen Posten an. Die Dschihadisten zogen sich am Abend zurück.", Language.German);

        var mention = Assert.Single(result.Mentions, m => m.Text == "Dschihadisten");
        Assert.Equal("taliban", mention.Actor.Value);
        Assert.Equal(ActorKind.Group, mention.Kind);
    }

    [Fact]
    public void The_militants_are_a_group_only_when_one_was_named_before()
    {
        const string text = "WASHINGTON (AP) The militants fired rockets at the town. The Hamas leadership denied it. The militants left.";
        var result = Recognize(text, Language.English);

        var mention = Assert.Single(result.Mentions, m => m.Text == "militants");
        Assert.Equal("hamas", mention.Actor.Value);
        Assert.Equal(text.LastIndexOf("militants", StringComparison.Ordinal), mention.Span.Begin);
    }

    [Theory]
    [InlineData("The European Commission Friday rejected the appeal.", "European Commission")]
    [InlineData("NATO Monday approved the plan.", "NATO")]
    public void A_weekday_after_an_organisation_is_no_part_of_its_name(string sentence, string name)
    {
        var result = Recognize(sentence, Language.English);

        Assert.Equal(name, result.Mentions[0].Text);
    }

    [Theory]
    [InlineData("Moldau kündigte Reformen an. Die Regierung des wirtschaftlich schwachen Landes will sparen.", "Landes", "moldova")]
    [InlineData("Peru held elections on Sunday. Voters in the country chose a new parliament.", "country", "peru")]
    public void The_country_is_the_country_named_before(string text, string word, string country)
    {
        Assert.Equal(country, ActorOf(Recognize(text, text.Contains("the", StringComparison.Ordinal) ? Language.English : Language.German), word));
    }

    [Theory]
    [InlineData("Peru wählt. Viele Familien leben auf dem Land.", "Land")]
    [InlineData("Peru wählt. Das Land Brandenburg hilft mit Geld.", "Land")]
    public void Countryside_and_federal_states_are_no_country_reference(string text, string word)
    {
        Assert.Null(ActorOf(Recognize(text, Language.German), word));
    }

    [Fact]
    public void Nationality_words_are_no_named_entities()
    {
        var entities = ActorRecognizer.Create().NamedEntities.Recognize("Die Serben und die Syrer trafen sich in Wien.");

        Assert.Equal(["Wien"], entities.Select(e => e.Text));
    }

    [Theory]
    [InlineData("Vizekanzler", "Kanzler", false)]
    [InlineData("Vice President", "president", false)]
    [InlineData("Ex-Präsident", "Präsident", false)]
    [InlineData("US-Außenministerin", "Außenminister", true)]
    [InlineData("Ministerpräsident", "prime minister", true)]
    [InlineData("Präsident", "Ministerpräsident", false)]
    [InlineData("Außenminister", "Secretary of State", true)]
    [InlineData("Foreign Minister", "prime minister", false)]
    public void Offices_are_compared_across_languages_and_without_deputies(string holder, string phrase, bool same)
    {
        Assert.Equal(same, Office.Same(holder, phrase));
    }
}
