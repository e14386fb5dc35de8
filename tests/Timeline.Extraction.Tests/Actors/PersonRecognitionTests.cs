using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Tests.Actors;

/// <summary>Persons found without a given name, honorific or role before them (<see cref="PersonCues"/>), on invented
/// sentences.</summary>
public sealed class PersonRecognitionTests
{
    private static (string Text, NamedEntityClass Class)[] Entities(string text) =>
        [.. NamedEntityRecognizer.Create().Recognize(text).Select(e => (e.Text, e.Class))];

    private static (string Text, NamedEntityClass Class)[] Persons(string text) =>
        [.. Entities(text).Where(e => e.Class == NamedEntityClass.Person)];

    [Fact]
    public void A_well_known_surname_is_a_person_even_when_it_is_a_listed_word()
    {
        Assert.Equal([("Goethe", NamedEntityClass.Person), ("Weimar", NamedEntityClass.Location)],
            Entities("Kein Zweifel: Goethe kannte Weimar gut."));
        Assert.Equal([("Beethovens", NamedEntityClass.Person)], Entities("Die Aufführung zeigte, wie sehr Beethovens Spätwerk nachwirkt."));
    }

    [Fact]
    public void A_well_known_surname_cut_before_a_hyphen_is_no_person()
    {
        Assert.Empty(Persons("Die Goethe- und Schillerfreunde trafen sich."));
    }

    [Fact]
    public void An_unknown_name_before_a_verb_that_takes_a_person_is_a_person()
    {
        Assert.Equal([("Przybilla", NamedEntityClass.Person), ("Graz", NamedEntityClass.Location)],
            Entities("Przybilla lebte zwanzig Jahre in Graz."));
        Assert.Empty(Entities("Der Vorstand lebte gut."));
    }

    [Fact]
    public void An_unknown_name_after_laut_is_a_person_but_not_without_it()
    {
        Assert.Equal([("Dzierzon", NamedEntityClass.Person)], Entities("Laut Dzierzon ist das Projekt gescheitert."));
        Assert.Empty(Entities("Dzierzon ist das Projekt gescheitert."));
    }

    [Fact]
    public void An_unknown_name_before_a_life_span_or_a_birth_mark_is_a_person()
    {
        Assert.Equal([("Kesselhut", NamedEntityClass.Person)], Persons("Das Haus gehörte Kesselhut (1821–1890) und später der Stadt."));
        Assert.Equal([("Kesselhut", NamedEntityClass.Person)], Persons("Das Haus gehörte Kesselhut (* 1950) und später der Stadt."));
        Assert.Empty(Persons("Das Haus gehörte Kesselhut und später der Stadt."));
    }

    [Fact]
    public void An_unknown_name_before_an_age_between_commas_is_a_person()
    {
        Assert.Equal([("Grabowsky", NamedEntityClass.Person)], Persons("Grabowsky, 54, führt die Firma seit zehn Jahren."));
    }

    [Fact]
    public void An_unknown_name_born_somewhere_is_a_person()
    {
        Assert.Equal([("Zelnikar", NamedEntityClass.Person), ("Bergamo", NamedEntityClass.Location)],
            Entities("Zelnikar wurde 1962 in Bergamo geboren."));
    }

    [Fact]
    public void A_given_name_of_the_extra_list_starts_a_person_only_before_a_surname()
    {
        Assert.Equal([("Kazuo Tanabe", NamedEntityClass.Person)], Entities("Gestern eröffnete Kazuo Tanabe die Ausstellung."));
        Assert.Empty(Entities("Im Sommer lebte Ragnar allein."));
    }
}
