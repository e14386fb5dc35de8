using Timeline.Core.Extraction;
using Timeline.Reading;

namespace Timeline.Cli.Processing;

/// <summary>What became of one input item: its extraction, or why it was skipped.</summary>
internal sealed record ExtractionOutcome(DocumentExtraction? Extraction, ReadFailure? Failure);
