using Timeline.Core.Documents;

namespace Timeline.Reading;

/// <summary>One result of reading input: an article, or an item that could not be read and why.</summary>
public abstract record ReadItem(string Origin);

/// <summary>An article read successfully.</summary>
public sealed record ArticleRead(Document Document) : ReadItem(Document.Info.Origin);

/// <summary>An input item that was skipped; <see cref="Message"/> is one line naming the item and what is wrong.</summary>
public sealed record ReadFailure(string Origin, string Message) : ReadItem(Origin);
