using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Tests.Actors;

public sealed class PlaceAndOrganizationPatternTests
{
    private static (string Text, NamedEntityClass Class)[] Entities(string text) =>
        [.. NamedEntityRecognizer.Create().Recognize(text).Select(e => (e.Text, e.Class))];

    private static void AssertHas(string text, string name, NamedEntityClass expected) =>
        Assert.Contains((name, expected), Entities(text));

    [Fact]
    public void Motorways_and_federal_roads_with_their_number_are_places()
    {
        var entities = Entities("Nach dem Unfall auf der A 3 staute sich der Verkehr bis zur Bundesstraße 19 und auf der A45.");

        Assert.Equal([("A 3", NamedEntityClass.Location), ("Bundesstraße 19", NamedEntityClass.Location),
            ("A45", NamedEntityClass.Location)], entities);
    }

    [Fact]
    public void A_letter_and_a_number_spoken_of_as_a_product_is_no_road()
    {
        Assert.Empty(Entities("Das kleinere Modell, die A4, speichert 120 GB."));
    }

    [Fact]
    public void One_word_landmarks_named_after_a_person_or_place_are_places()
    {
        AssertHas("Die Wanderung führte vom Bismarckdenkmal hinauf zur Wendelinuskapelle.", "Bismarckdenkmal", NamedEntityClass.Location);
        AssertHas("Die Wanderung führte vom Bismarckdenkmal hinauf zur Wendelinuskapelle.", "Wendelinuskapelle", NamedEntityClass.Location);
        AssertHas("Am Abend spielte die Band in der Quarzbach-Arena.", "Quarzbach-Arena", NamedEntityClass.Location);
    }

    [Fact]
    public void Landmark_compounds_of_common_nouns_are_no_places()
    {
        Assert.Empty(Entities("Im Pfarrgarten blühen die Rosen, und der Arbeitsmarkt bleibt ruhig."));
    }

    [Fact]
    public void A_place_adjective_before_a_landmark_noun_is_one_place()
    {
        AssertHas("Das Fest am Wörther See war gut besucht.", "Wörther See", NamedEntityClass.Location);
        AssertHas("Die Praxis liegt in der Bamberger Straße 12 im Erdgeschoss.", "Bamberger Straße 12", NamedEntityClass.Location);
    }

    [Fact]
    public void A_motorway_junction_before_its_place_is_one_place()
    {
        AssertHas("Der Stau reichte am Morgen bis zum Kreuz Leverkusen.", "Kreuz Leverkusen", NamedEntityClass.Location);
    }

    [Fact]
    public void English_place_heads_after_a_place_and_numbered_avenues_are_places()
    {
        AssertHas("The ferry crossed the Delaware River at dawn.", "Delaware River", NamedEntityClass.Location);
        AssertHas("The parade moved slowly along Seventh Avenue.", "Seventh Avenue", NamedEntityClass.Location);
    }

    [Fact]
    public void A_club_name_before_its_town_is_an_organisation()
    {
        var entities = Entities("Am Samstag verlor Viktoria Köln gegen Germania Halberstadt.");

        Assert.Contains(("Viktoria Köln", NamedEntityClass.Organization), entities);
        Assert.Contains(("Germania Halberstadt", NamedEntityClass.Organization), entities);
    }

    [Fact]
    public void A_club_acronym_with_a_name_and_a_town_is_one_organisation()
    {
        AssertHas("Gestern gewann der ESV Vorwärts Weimar das Pokalspiel.", "ESV Vorwärts Weimar", NamedEntityClass.Organization);
    }

    [Fact]
    public void A_place_adjective_before_a_newspaper_head_is_a_newspaper()
    {
        AssertHas("Das berichtete die Bamberger Neue Presse am Dienstag.", "Bamberger Neue Presse", NamedEntityClass.Organization);
        AssertHas("Das Wetzlarer Tageblatt erscheint seit 1880.", "Wetzlarer Tageblatt", NamedEntityClass.Organization);
    }

    [Fact]
    public void An_acronym_after_an_organisation_belongs_to_it()
    {
        AssertHas("Die Studie stammt vom Fraunhofer IPA in Stuttgart.", "Fraunhofer IPA", NamedEntityClass.Organization);
    }

    [Fact]
    public void A_compound_of_an_organisation_and_its_medium_is_the_organisation()
    {
        AssertHas("Ein Video von ARD-Online zeigte die Szene.", "ARD-Online", NamedEntityClass.Organization);
    }

    [Fact]
    public void Unknown_two_letter_acronyms_and_the_federal_government_are_no_named_entities()
    {
        Assert.Empty(Entities("Laut QX stiegen die Preise, die Bundesregierung schwieg."));
        Assert.Contains(("EU", NamedEntityClass.Organization), Entities("Die EU verhängte Sanktionen."));
    }

    [Fact]
    public void Saint_written_with_a_spaced_point_starts_a_place()
    {
        AssertHas("Sie fuhren im Winter nach St . Moritz.", "St . Moritz", NamedEntityClass.Location);
    }

    [Fact]
    public void Capitalised_english_words_ending_in_an_organisation_noun_are_an_organisation()
    {
        AssertHas("Nach Angaben des Norwegian Coastal Council wurde die Suche eingestellt.", "Norwegian Coastal Council", NamedEntityClass.Organization);
        AssertHas("Ein Bericht des Global Council on Water and Sanitation erschien.", "Global Council on Water and Sanitation",
            NamedEntityClass.Organization);
    }

    [Fact]
    public void Short_party_names_after_an_article_are_organisations_but_not_before_a_genitive()
    {
        AssertHas("Die Union lehnte den Antrag der Linken ab.", "Union", NamedEntityClass.Organization);
        AssertHas("Die Union lehnte den Antrag der Linken ab.", "Linken", NamedEntityClass.Organization);
        Assert.DoesNotContain(("Union", NamedEntityClass.Organization), Entities("Die Union der Vertriebenen tagte."));
    }

    [Fact]
    public void A_lone_club_acronym_is_an_organisation()
    {
        AssertHas("Danach wechselte er zum TSV und spielte dort drei Jahre.", "TSV", NamedEntityClass.Organization);
    }

    [Fact]
    public void Places_joined_by_a_slash_or_a_district_after_a_hyphen_are_one_place()
    {
        AssertHas("Darmstadt/Berlin - Die Übernahme beschäftigt die Politik.", "Darmstadt/Berlin", NamedEntityClass.Location);
        AssertHas("Die Filiale in Berlin-Quarzenburg schließt.", "Berlin-Quarzenburg", NamedEntityClass.Location);
    }

    [Fact]
    public void A_name_coordinated_with_a_place_is_a_place()
    {
        AssertHas("Die Turniere in Cincinnati und Vrowlingsdale waren gut besucht.", "Vrowlingsdale", NamedEntityClass.Location);
    }

    [Fact]
    public void German_country_names_in_common_use_and_regions_named_by_position_are_places()
    {
        AssertHas("Die Spieler kamen aus der Elfenbeinküste.", "Elfenbeinküste", NamedEntityClass.Location);
        AssertHas("Er bereiste die Städte Oberitaliens.", "Oberitaliens", NamedEntityClass.Location);
    }

    [Fact]
    public void A_club_acronym_before_a_persons_name_and_a_town_is_one_organisation()
    {
        AssertHas("Im Pokal traf der FC Carl Friedrich Gotha auf den Titelverteidiger.", "FC Carl Friedrich Gotha", NamedEntityClass.Organization);
    }
}
