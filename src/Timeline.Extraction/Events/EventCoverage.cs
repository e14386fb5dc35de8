namespace Timeline.Extraction.Events;

/// <summary>How many trigger words the extractor knows.</summary>
public enum EventCoverage
{
    /// <summary>The curated political-event lexicon (<c>Languages/{De,En}/event-triggers.tsv</c>).</summary>
    Standard,

    /// <summary>Also the broad English lexicon <c>Languages/En/event-triggers-broad.tsv</c>: everyday verbs and event nouns
    /// of business and general news (said, announced, sold, deal, delivered ...), mapped to the closest PLOVER-style
    /// type; built for actor timelines over any news, at lower precision for the political types.</summary>
    Broad,
}
