using NodaTime;
using Timeline.Core.Documents;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Actors;

/// <summary>Issue #5: organisations and persons the event layer needs, and the ways a mention of them went astray.</summary>
public sealed class WellKnownActorTests
{
    private static readonly OffsetDateTime Published = new(new LocalDateTime(2001, 6, 12, 8, 0), Offset.FromHours(1));

    private static readonly Lazy<ActorRecognizer> Recognizer = new(() => ActorRecognizer.Create());

    private static string[] Ids(string text, Language language)
    {
        var info = new DocumentInfo(new DocumentId("doc-1"), string.Empty, language, Published, null, null, "test");
        var result = Recognizer.Value.Recognize(new Document(info, text), SentenceSplitter.Split(text));
        return [.. result.Mentions.Select(m => m.Actor.Value)];
    }

    [Theory]
    [InlineData("The World Court ruled on the border quarrel on Tuesday.", "international-court-of-justice", Language.English)]
    [InlineData("Der Internationale Gerichtshof wies die Klage am Dienstag ab.", "international-court-of-justice", Language.German)]
    [InlineData("Delegates of the Organization of African Unity met in the capital.", "organization-of-african-unity", Language.English)]
    [InlineData("Die Organisation für Afrikanische Einheit verurteilte den Putsch.", "organization-of-african-unity", Language.German)]
    [InlineData("Sinn Fein rejected the proposal within hours.", "sinn-fein", Language.English)]
    [InlineData("The Lib Dems promised to vote against the bill.", "liberal-democrats", Language.English)]
    [InlineData("The Liberal Democrats promised to vote against the bill.", "liberal-democrats", Language.English)]
    [InlineData("Die Tories stimmten gegen das Gesetz.", "conservative-party", Language.German)]
    [InlineData("Die Arabische Liga forderte eine Waffenruhe.", "arab-league", Language.German)]
    [InlineData("Ein Treffen der Arabischen Liga wurde vertagt.", "arab-league", Language.German)]
    [InlineData("Die Huthi-Rebellen griffen erneut einen Frachter an.", "houthi-rebels", Language.German)]
    [InlineData("Houthi rebels fired at a cargo ship again.", "houthi-rebels", Language.English)]
    [InlineData("Officials said Osama bin Laden had left the region.", "osama-bin-laden", Language.English)]
    public void A_well_known_organisation_or_person_resolves_to_its_dictionary_id(string text, string id, Language language)
    {
        Assert.Contains(id, Ids(text, language));
    }

    [Theory]
    [InlineData("The UN security council will vote on Friday.")]
    [InlineData("The U.N. Security Council will vote on Friday.")]
    [InlineData("The UN Security Council will vote on Friday.")]
    [InlineData("The United Nations Security Council will vote on Friday.")]
    public void The_security_council_of_the_un_is_not_the_un_itself(string text)
    {
        Assert.Equal(["un-security-council"], Ids(text, Language.English));
    }

    [Fact]
    public void A_title_before_the_surname_of_a_known_person_gives_that_person()
    {
        var ids = Ids("President Clinton met the delegation at the White House.", Language.English);

        Assert.Contains("bill-clinton", ids);
        Assert.DoesNotContain("clinton", ids);
    }

    [Fact]
    public void A_surname_that_is_also_a_word_needs_a_title_the_person_held()
    {
        Assert.Contains("helmut-kohl", Ids("Am Abend empfing Kanzler Kohl die Gäste.", Language.German));
        Assert.DoesNotContain("joschka-fischer", Ids("Am Abend lobte Trainer Fischer die Mannschaft.", Language.German));
    }

    [Fact]
    public void Another_given_name_before_the_surname_of_a_known_person_makes_one_name()
    {
        var ids = Ids("Governor Jeb Bush spoke in Miami on Monday.", Language.English);

        Assert.Contains("jeb-bush", ids);
        Assert.DoesNotContain("george-w-bush", ids);
    }

    [Fact]
    public void The_surname_of_a_person_named_before_is_that_person_even_where_it_is_also_a_place()
    {
        var ids = Ids("Michael Howard opened the campaign. Later Howard told reporters that he was confident.", Language.English);

        Assert.Equal(["michael-howard", "michael-howard"], ids);
    }

    [Fact]
    public void A_lone_surname_of_a_known_person_is_that_person()
    {
        var ids = Ids("President Clinton spoke first. Standing next to Clinton, the visitor promised support.", Language.English);
        Assert.Equal(["bill-clinton", "bill-clinton"], ids);

        var straw = Ids("Jack Straw arrived in Madrid. Mr Straw said the talks were useful.", Language.English);
        Assert.Equal(["jack-straw", "spain", "jack-straw"], straw);
    }

    [Fact]
    public void A_person_with_two_given_names_is_one_person()
    {
        var ids = Ids("Der Parteichef Pier Luigi Bersani kündigte eine Abstimmung an.", Language.German);

        Assert.Equal(["pier-luigi-bersani"], ids.Where(i => i.Contains("bersani", StringComparison.Ordinal) || i.Contains("pier", StringComparison.Ordinal) || i.Contains("luigi", StringComparison.Ordinal)));
    }

    [Fact]
    public void Saddam_hussein_is_one_person()
    {
        var ids = Ids("Officials said Saddam Hussein had rejected the offer.", Language.English);

        Assert.Equal(["saddam-hussein"], ids);
    }

    [Theory]
    [InlineData("Das Moskauer Außenministerium bestellte den Botschafter ein.")]
    [InlineData("Wie das Moskauer Außenministerium mitteilte, wurde der Botschafter einbestellt.")]
    public void The_foreign_ministry_named_after_the_capital_belongs_to_that_country(string text)
    {
        var ids = Ids(text, Language.German);

        Assert.Contains(ids, i => i is "russian-foreign-ministry" or "russia");
    }
}
