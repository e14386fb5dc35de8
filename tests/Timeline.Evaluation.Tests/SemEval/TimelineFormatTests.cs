using Timeline.Evaluation.SemEval;

namespace Timeline.Evaluation.Tests.SemEval;

public sealed class TimelineFormatTests
{
    [Fact]
    public void The_task_format_round_trips()
    {
        const string text = "Northwind Aviation\n0\tXXXX-XX-XX\t12-4-owned\n1\t2009-03-02\t12-1-sold\t15-6-sale\n";
        var timeline = GoldTimelines.Parse(text);

        Assert.Equal("Northwind Aviation", timeline.Entity);
        Assert.Equal(2, timeline.Rows.Length);
        Assert.Equal("12-1-sold 15-6-sale", string.Join(' ', timeline.Rows[1].Mentions));
        Assert.Equal(text, GoldTimelines.Format(timeline));
    }

    [Fact]
    public void A_month_or_year_anchor_is_ordered_before_the_days_within_it()
    {
        var orders = SystemTimelines.Orders(["2007-10-19", "XXXX-XX-XX", "2007-10-XX", "2007-02-27", "2007-XX-XX", "2006-12-31", "2007-10-19"]);

        Assert.Equal(
            ["2006-12-31", "2007-XX-XX", "2007-02-27", "2007-10-XX", "2007-10-19"],
            orders.OrderBy(p => p.Value).Select(p => p.Key));
        Assert.Equal([1, 2, 3, 4, 5], orders.Values.Order());
        Assert.False(orders.ContainsKey("XXXX-XX-XX"));
    }

    [Fact]
    public void Generated_actor_entries_drop_trailing_category_words_and_numbers()
    {
        var yaml = ActorsFileWriter.Yaml(["Westmark 40 index", "Tidewater Music Store", "Harlow Lane Industrial Average", "KESTREL 300"], new HashSet<string>(StringComparer.Ordinal));

        Assert.Contains("name: \"Westmark 40 index\", aliases: [\"Westmark 40 index\", \"Westmark 40\", \"Westmark\"]", yaml, StringComparison.Ordinal);
        Assert.Contains("name: \"Harlow Lane Industrial Average\", aliases: [\"Harlow Lane Industrial Average\", \"HLIA\", \"Harlow Lane Industrial\", \"Harlow Lane\"]", yaml, StringComparison.Ordinal);
        Assert.Contains("name: \"KESTREL 300\", aliases: [\"KESTREL 300\", \"KESTREL\", \"Kestrel\"]", yaml, StringComparison.Ordinal);
        Assert.Contains("name: \"Tidewater Music Store\", aliases: [\"Tidewater Music Store\", \"TMS\", \"Tidewater Music\"]", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_actor_entries_drop_a_country_qualifier_and_join_two_word_names()
    {
        var yaml = ActorsFileWriter.Yaml(["US Harbour Authority", "Norbert Vance"], new HashSet<string>(StringComparer.Ordinal));

        Assert.Contains("aliases: [\"US Harbour Authority\", \"UHA\", \"Harbour Authority\"]", yaml, StringComparison.Ordinal);
        Assert.Contains("aliases: [\"Norbert Vance\", \"NorbertVance\"]", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_of_a_known_actor_gets_an_entry_of_its_own()
    {
        var names = new[] { "Airbus", "Airbus A350" };
        var yaml = ActorsFileWriter.Yaml(names, new HashSet<string>(StringComparer.Ordinal), ActorsFileWriter.KnownIds(names));

        Assert.Contains("- {id: airbus, kind: organization, name: \"Airbus\"", yaml, StringComparison.Ordinal);
        Assert.Contains("- {id: semeval-airbus-a350, kind: organization, name: \"Airbus A350\", aliases: [\"Airbus A350\", \"A350\"]}", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_the_built_in_dictionary_knows_keeps_its_built_in_id()
    {
        var names = new[] { "General Motors", "Harlow Lane Freight" };
        var known = ActorsFileWriter.KnownIds(names);
        var yaml = ActorsFileWriter.Yaml(names, new HashSet<string>(StringComparer.Ordinal), known);

        Assert.Equal("general-motors", known["General Motors"].Id);
        Assert.False(known.ContainsKey("Harlow Lane Freight"));
        Assert.Contains("- {id: general-motors, kind: organization, name: \"General Motors\"", yaml, StringComparison.Ordinal);
        Assert.Contains("- {id: semeval-harlow-lane-freight, kind: organization", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_actor_entries_add_acronyms_surnames_and_product_names()
    {
        var yaml = ActorsFileWriter.Yaml(["Northwind Aviation", "Northwind Aviation N200 Skylark", "Pacific Stock Exchange", "Ada Lindqvist"], new HashSet<string>(StringComparer.Ordinal) { "Ada" });

        Assert.Contains("name: \"Pacific Stock Exchange\", aliases: [\"Pacific Stock Exchange\", \"PSE\"]", yaml, StringComparison.Ordinal);
        Assert.Contains("kind: person, name: \"Ada Lindqvist\", aliases: [\"Ada Lindqvist\", \"Lindqvist\"]", yaml, StringComparison.Ordinal);
        Assert.Contains("aliases: [\"Northwind Aviation N200 Skylark\", \"N200 Skylark\", \"Skylark\"]", yaml, StringComparison.Ordinal);
    }
}
