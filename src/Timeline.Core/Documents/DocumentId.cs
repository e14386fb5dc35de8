namespace Timeline.Core.Documents;

/// <summary>The stable id of an article: given by the input (JSON Lines <c>id</c>) or derived from its content.</summary>
public readonly record struct DocumentId(string Value)
{
    public override string ToString() => Value;
}
