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
}
