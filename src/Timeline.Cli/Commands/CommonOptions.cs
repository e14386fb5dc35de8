using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;
using Timeline.Cli.Output;
using Timeline.Core.Documents;
using Timeline.Extraction.Events;
using Timeline.Reading.Publication;

namespace Timeline.Cli.Commands;

/// <summary>Builds the options several commands share, each with its validation and a one-line error naming the option.</summary>
internal static class CommonOptions
{
    public const string DefaultStore = "./timeline.db";

    public static Option<string?> Store() => new("--store")
    {
        Description = "Where the graph lives: a file path (embedded store) or a Neo4j URI such as bolt://localhost:7687. Default $TIMELINE_STORE, else ./timeline.db.",
        HelpName = "STORE",
    };

    public static Option<OutputFormat?> Format() => new("--format")
    {
        Description = "Output format: table, json, csv or markdown (default: table on a terminal, else markdown).",
        HelpName = "FORMAT",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (OutputFormats.TryParse(token, out var format))
            {
                return format;
            }

            result.AddError($"--format: '{token}' is not a format; expected table, json, csv or markdown.");
            return null;
        },
    };

    public static Option<Language?> LanguageOption() => new("--language")
    {
        Description = "Language of the input: auto (detect per article), de or en. Default auto.",
        HelpName = "auto|de|en",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (string.Equals(token, "auto", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (LanguageCodes.TryParse(token, out var language))
            {
                return language;
            }

            result.AddError($"--language: '{token}' is not supported; expected auto, de or en.");
            return null;
        },
    };

    public static Option<PublishedTime?> Published() => new("--published")
    {
        Description = "Publication time for articles that give none, e.g. 2022-02-01 or 2022-02-01T10:53:00+01:00.",
        HelpName = "DATE",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (PublishedTimeParser.TryParse(token, out var time, out var error))
            {
                return time;
            }

            result.AddError($"--published: {error}.");
            return null;
        },
    };

    public static Option<bool> KeepGivenDate() => new("--keep-given-date")
    {
        Description = "Keep the publication date a feed, a JSON field or --published gives even when the text states another day on a dateline under its title.",
    };

    public static Option<string?> ActorsFile() => new("--actors")
    {
        Description = "A YAML or JSON dictionary of actors and aliases that adds to or corrects the built-in one.",
        HelpName = "FILE",
    };

    public static Option<EventCoverage> EventCoverage() => new("--event-coverage")
    {
        Description = "Which event triggers to use: standard (the curated political lexicon) or broad (also everyday "
            + "English business and general-news verbs and nouns, for actor timelines over any news).",
        HelpName = "standard|broad",
        DefaultValueFactory = _ => Extraction.Events.EventCoverage.Standard,
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            foreach (var coverage in Enum.GetValues<EventCoverage>())
            {
                if (string.Equals(coverage.ToString(), token, StringComparison.OrdinalIgnoreCase))
                {
                    return coverage;
                }
            }

            result.AddError($"--event-coverage: '{token}' is not a coverage; expected standard or broad.");
            return Extraction.Events.EventCoverage.Standard;
        },
    };

    public static Option<LocalDate?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result => ParseDate(result, name),
    };

    public static Option<int?> Limit() => new("--limit")
    {
        Description = "At most this many rows, e.g. --limit 50.",
        HelpName = "N",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit > 0)
            {
                return limit;
            }

            result.AddError($"--limit: '{token}' is not a positive whole number.");
            return null;
        },
    };

    private static LocalDate? ParseDate(ArgumentResult result, string name)
    {
        var token = result.Tokens[0].Value;
        var parsed = LocalDatePattern.Iso.Parse(token);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"{name}: '{token}' is not a date; expected YYYY-MM-DD.");
        return null;
    }
}
