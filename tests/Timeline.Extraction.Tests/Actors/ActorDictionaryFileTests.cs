using Timeline.Core;
using Timeline.Core.Documents;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Actors;

public sealed class ActorDictionaryFileTests
{
    private static InputException Fails(string name, string content) =>
        Assert.Throws<InputException>(() => ActorRecognizer.FromText(name, content));

    [Fact]
    public void A_user_yaml_file_adds_an_actor_and_aliases_to_a_known_one()
    {
        const string yaml = """
            - id: grete-sundberg
              name: Grete Sundberg
              kind: person
              aliases: [G. Sundberg]
              roles:
                - {title: Botschafterin, of: norway, from: 2020-01-01}
            - id: usa
              aliases: [Uncle Sam]
            """;
        var recognizer = ActorRecognizer.FromText("user.yaml", yaml);
        const string text = "Sundberg sagte, Uncle Sam müsse handeln. Botschafterin Grete Sundberg blieb dabei.";
        var info = new DocumentInfo(new DocumentId("d"), string.Empty, Language.German, null, null, null, "t");

        var result = recognizer.Recognize(new Document(info, text), SentenceSplitter.Split(text));

        Assert.Equal(["grete-sundberg", "usa", "grete-sundberg"], result.Mentions.Select(m => m.Actor.Value));
        Assert.Contains(result.Relations, r => r.Source.Value == "grete-sundberg" && r.Target.Value == "norway");
    }

    [Fact]
    public void A_json_file_is_read_as_well()
    {
        const string json = """
            [
              {"id": "nordbank-ag", "name": "Nordbank AG", "kind": "organization", "aliases": ["Nordbank"]}
            ]
            """;
        var recognizer = ActorRecognizer.FromText("user.json", json);
        var entities = recognizer.NamedEntities.Recognize("Die Nordbank meldet Gewinne.");

        Assert.Equal("nordbank-ag", Assert.Single(entities).Actor.Value);
    }

    [Fact]
    public void A_duplicate_id_names_both_lines()
    {
        var error = Fails("a.yaml", "- {id: x-one, name: X, kind: group}\n- {id: y-two, name: Y, kind: group}\n- {id: x-one, name: Z, kind: group}\n");

        Assert.Equal("a.yaml:3: duplicate id 'x-one' (first at line 1)", error.Message);
    }

    [Fact]
    public void An_unknown_kind_is_an_error_with_its_line()
    {
        var error = Fails("b.yaml", "- id: acme\n  name: Acme\n  kind: company\n");

        Assert.Equal("b.yaml:3: unknown kind 'company' (expected person, country, organization, location or group)", error.Message);
    }

    [Fact]
    public void A_part_of_cycle_is_an_error()
    {
        var error = Fails("c.yaml", "- {id: alpha, name: A, kind: organization, part_of: beta}\n- {id: beta, name: B, kind: organization, part_of: alpha}\n");

        Assert.StartsWith("c.yaml:1: part_of cycle: alpha -> beta -> alpha", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- {id: Bad Id, name: X, kind: person}", "d.yaml:1: bad id 'Bad Id'")]
    [InlineData("- {id: a, name: X, kind: person, colour: red}", "d.yaml:1: unknown key 'colour'")]
    [InlineData("- {id: a, name: X, kind: person, part_of: nowhere-land}", "d.yaml:1: unknown actor 'nowhere-land'")]
    [InlineData("- {id: a, name: X, kind: person, roles: [{title: Chef, of: usa, from: 2020-13-45}]}", "d.yaml:1: bad date '2020-13-45'")]
    [InlineData("- {id: a, kind: person}", "d.yaml:1: actor 'a' has no 'name'")]
    [InlineData("- {id: a, name: X, kind: person, aliases: [Foo]}\n- {id: b, name: Y, kind: person, aliases: [Foo]}", "d.yaml:2: duplicate alias 'Foo'")]
    [InlineData("- {id: a, name: X, kind: person}\n- {id: b, name: [unclosed", "d.yaml:3: While parsing a flow sequence")]
    public void A_bad_entry_is_one_line_naming_file_and_line(string yaml, string expected)
    {
        var error = Fails("d.yaml", yaml);

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Broken_json_reports_its_line()
    {
        var error = Fails("e.json", "[\n  {\"id\": \"a\",\n  \"name\": }\n]");

        Assert.StartsWith("e.json:3: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var error = Assert.Throws<InputException>(() => ActorRecognizer.Create("/nonexistent/actors.yaml"));

        Assert.StartsWith("/nonexistent/actors.yaml: ", error.Message, StringComparison.Ordinal);
    }
}
