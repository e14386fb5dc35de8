using NodaTime;
using Timeline.Core.Documents;

namespace Timeline.Evaluation.Timex;

/// <summary>A document of a temporal JSONL file (see ../shared/eval-data/README.md).</summary>
internal sealed record GoldDocument(string Id, Language Language, LocalDate? Published, string Text, IReadOnlyList<GoldTimex> Timexes);
