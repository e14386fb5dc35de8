namespace Timeline.Core.Documents;

/// <summary>An article: its metadata and its text exactly as read, which all offsets index.</summary>
public sealed record Document(DocumentInfo Info, string Text)
{
    public DocumentId Id => Info.Id;
}
