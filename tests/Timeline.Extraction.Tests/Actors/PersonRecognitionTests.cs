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

    [Fact]
    public void A_given_name_that_is_also_a_place_starts_a_person_before_a_surname_but_not_after_in()
    {
        Assert.Equal([("Wayne Tolliver", NamedEntityClass.Person)], Persons("Nach einer Flanke von Wayne Tolliver fiel das zweite Tor."));
        Assert.Empty(Persons("Der Bus hielt in Stanley Park."));
    }

    [Fact]
    public void A_place_after_a_role_and_a_given_name_or_after_a_particle_is_a_surname()
    {
        Assert.Equal([("Angelo Barletta", NamedEntityClass.Person)], Entities("Der Verteidiger Angelo Barletta fehlt verletzt."));
        Assert.Equal([("Ana de Sousa", NamedEntityClass.Person)], Entities("Ihr Taufname war Ana de Sousa."));
    }

    [Fact]
    public void Two_given_names_joined_by_a_hyphen_start_a_person()
    {
        Assert.Equal([("Carl-Ludwig Brenninkmeyer", NamedEntityClass.Person)], Entities("Vizekanzler Carl-Ludwig Brenninkmeyer reiste ab."));
    }

    [Fact]
    public void An_unknown_word_with_a_surname_ending_is_a_person()
    {
        Assert.Equal([("Chodorkowski", NamedEntityClass.Person)], Entities("Zum Vorsitzenden wurde Chodorkowski gewählt."));
        Assert.Equal([("Petković", NamedEntityClass.Person)], Entities("Am Ende setzte sich Petković durch."));
        Assert.Equal([("Pankratius", NamedEntityClass.Person)], Entities("Das Archiv verwahrt Briefe von Pankratius."));
    }

    [Fact]
    public void An_unknown_name_before_a_birth_mark_after_a_comma_is_a_person()
    {
        Assert.Equal([("Tolliver", NamedEntityClass.Person)], Persons("Die Stammreihe beginnt mit Tolliver, * 1727, in Hessen."));
        Assert.Empty(Persons("Die Stammreihe beginnt mit Tolliver in Hessen."));
    }

    [Fact]
    public void A_regnal_number_or_an_abbreviated_surname_after_a_given_name_belongs_to_the_name()
    {
        Assert.Equal([("Elisabeth II.", NamedEntityClass.Person)], Persons("Die Krone trug Elisabeth II. lange Zeit."));
        Assert.Equal([("Nico G.", NamedEntityClass.Person)], Persons("Der Angeklagte Nico G. schwieg vor Gericht."));
    }

    [Fact]
    public void An_unknown_name_in_the_genitive_after_its_noun_is_a_person()
    {
        Assert.Equal([("Przybillas", NamedEntityClass.Person)], Persons("Niemand glaubte die Aussagen Przybillas, die er später zurückzog."));
        Assert.Empty(Persons("Am Ufer lagen Przybillas."));
    }
}
