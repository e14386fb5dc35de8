using Timeline.Core.Documents;

namespace Timeline.Extraction.Events;

/// <summary>The trigger lexicon files a language loads, in precedence order, for a coverage.</summary>
internal static class TriggerFiles
{
    public const string Standard = "event-triggers.tsv";
    public const string Broad = "event-triggers-broad.tsv";

    public static IReadOnlyList<string> For(Language language, EventCoverage coverage) =>
        coverage == EventCoverage.Broad && language == Language.English ? [Standard, Broad] : [Standard];
}
