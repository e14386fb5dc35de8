namespace Timeline.Evaluation.Events;

/// <summary>An annotated event: where its trigger stands, its type, the accepted source and target actor ids (any of
/// them; none = no such participant expected) and its date: an ISO day (the expected <c>time.start</c>),
/// <c>range</c> (the text gives no date: an inferred window or no time is right) or null (not scored).</summary>
internal sealed record GoldEvent(
    int Begin,
    int End,
    string Type,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    string? Date);
