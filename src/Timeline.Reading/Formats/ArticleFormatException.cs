namespace Timeline.Reading.Formats;

/// <summary>An input item is malformed; the message is one line naming the item (and line) and what is wrong.</summary>
internal sealed class ArticleFormatException : Exception
{
    public ArticleFormatException(string message)
        : base(message)
    {
    }

    public ArticleFormatException()
    {
    }

    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
