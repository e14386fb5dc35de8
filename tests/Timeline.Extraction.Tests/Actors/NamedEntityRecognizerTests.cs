using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Tests.Actors;

public sealed class NamedEntityRecognizerTests
{
    private static (string Text, NamedEntityClass Class)[] Entities(string text) =>
        [.. NamedEntityRecognizer.Create().Recognize(text).Select(e => (e.Text, e.Class))];

    [Fact]
    public void Clubs_cities_and_persons_with_given_names_are_found()
    {
        var entities = Entities("Trainer Holger Brandt verlässt Eintracht Frankfurt und zieht nach Bielefeld.");

        Assert.Equal([("Holger Brandt", NamedEntityClass.Person), ("Eintracht Frankfurt", NamedEntityClass.Organization),
            ("Bielefeld", NamedEntityClass.Location)], entities);
    }

    [Fact]
    public void Country_adjectives_and_compound_parts_are_not_named_entities()
    {
        var entities = Entities("Die russische Armee und die EU-Kommission.");

        Assert.Equal([("russische Armee", NamedEntityClass.Organization), ("EU-Kommission", NamedEntityClass.Organization)], entities);
    }

    [Fact]
    public void A_city_that_is_also_a_word_needs_a_place_cue()
    {
        Assert.Empty(Entities("Beim Essen wurde gestritten."));
        Assert.Equal([("Essen", NamedEntityClass.Location)], Entities("Die Messe in Essen beginnt morgen."));
    }

    [Fact]
    public void Regions_named_by_direction_and_country_are_locations()
    {
        Assert.Equal([("Ostdeutschland", NamedEntityClass.Location)], Entities("Die Löhne in Ostdeutschland steigen."));
    }

    [Fact]
    public void A_capitalised_word_that_is_no_common_word_is_a_place_after_in_and_a_person_beside_a_verb_of_saying()
    {
        var entities = Entities("Die Messe in Kwarzinowo beginnt morgen, sagte Brzeczkowski.");

        Assert.Equal([("Kwarzinowo", NamedEntityClass.Location), ("Brzeczkowski", NamedEntityClass.Person)], entities);
    }

    [Fact]
    public void Common_nouns_compounds_and_inflected_forms_are_no_names()
    {
        Assert.Empty(Entities("Die Konsolidierungsrunde der Vorstandsgehälter beginnt im Frühjahr mit neuen Abschnitten."));
        Assert.Empty(Entities("Die Grösse des Spasses war enorm, die Gitarren- und Basslinien auch."));
    }

    [Fact]
    public void A_given_name_of_any_language_before_a_surname_makes_a_person()
    {
        Assert.Equal([("Ingeborg Wachtelmann", NamedEntityClass.Person)], Entities("Gestern traf Ingeborg Wachtelmann die Vertreter der Gemeinde."));
        Assert.Equal([("Karl W. Brennecke", NamedEntityClass.Person)], Entities("Der Chemiker Karl W. Brennecke wurde am Montag geehrt."));
    }

    [Fact]
    public void A_given_name_of_the_long_list_before_a_common_noun_is_no_person()
    {
        Assert.Empty(Entities("Im Regal stand Ingeborg Keramik."));
    }

    [Fact]
    public void Places_written_together_and_streets_are_one_location()
    {
        Assert.Equal([("München/Augsburg", NamedEntityClass.Location)], Entities("Die Strecke München/Augsburg wird im Sommer gesperrt."));
        Assert.Equal([("Uhlandstraße", NamedEntityClass.Location)], Entities("Die Feier fand in der Uhlandstraße statt."));
    }

    [Fact]
    public void Listed_companies_and_an_adjective_before_an_organisation_head_are_organisations()
    {
        var entities = Entities("Der Hessische Rundfunk berichtete über Siemens und die Firma Quellbrunner.");

        Assert.Equal([("Hessische Rundfunk", NamedEntityClass.Organization), ("Siemens", NamedEntityClass.Organization),
            ("Quellbrunner", NamedEntityClass.Organization)], entities);
    }

    [Fact]
    public void Bruessel_is_the_european_commission_only_where_the_context_speaks_of_the_eu()
    {
        var eu = NamedEntityRecognizer.Create().Recognize("Die EU-Staaten stritten über Zölle. Brüssel lehnte den Vorschlag ab.");
        var city = NamedEntityRecognizer.Create().Recognize("Der Zug nach Brüssel hatte zwei Stunden Verspätung.");

        Assert.Equal("european-commission", Assert.Single(eu, e => e.Text == "Brüssel").Actor.Value);
        var place = Assert.Single(city);
        Assert.Equal((NamedEntityClass.Location, "brussel"), (place.Class, place.Actor.Value));
    }

    [Fact]
    public void A_person_span_ends_before_an_article_and_a_common_noun()
    {
        Assert.Equal([("Heinrich Vollrather", NamedEntityClass.Person)], Entities("Am Abend lobte Heinrich Vollrather den Plan."));
        Assert.Equal([("Torsten Jung", NamedEntityClass.Person)], Entities("Nach der Sitzung sprach Torsten Jung mit Reportern."));
    }

    [Fact]
    public void A_genitive_name_before_a_noun_is_a_person()
    {
        Assert.Equal([("Marinellis", NamedEntityClass.Person)], Entities("Nach dem Sieg feierten Marinellis Anhänger lange."));
    }

    [Fact]
    public void Place_prefixes_districts_and_place_name_endings_make_locations()
    {
        Assert.Equal([("Bad Wendelsried", NamedEntityClass.Location)], Entities("Die Kur in Bad Wendelsried war teuer."));
        Assert.Equal([("Berlin-Mitte", NamedEntityClass.Location)], Entities("Der Zug hielt gestern in Berlin-Mitte."));
        Assert.Equal([("Kornhausen", NamedEntityClass.Location)], Entities("Kornhausen feiert sein Stadtfest."));
        Assert.Empty(Entities("Der Flugplatz bleibt wegen Nebel geschlossen."));
    }

    [Fact]
    public void Organisations_take_their_legal_form_club_word_or_place()
    {
        Assert.Equal([("Wendler AG", NamedEntityClass.Organization)], Entities("Die Wendler AG meldet höhere Gewinne."));
        Assert.Equal([("Leeds United", NamedEntityClass.Organization)], Entities("Gestern verlor Leeds United knapp."));
        Assert.Equal([("Realschule Bielefeld", NamedEntityClass.Organization)], Entities("Die Realschule Bielefeld lädt ein."));
        Assert.Equal([("Hochschule für Technik und Wirtschaft", NamedEntityClass.Organization)],
            Entities("Sie studiert an der Hochschule für Technik und Wirtschaft seit Jahren."));
    }

    [Fact]
    public void A_plural_common_noun_is_no_inflected_organisation_name()
    {
        Assert.Empty(Entities("Viele Arten sind vom Aussterben bedroht."));
    }
}
