namespace Timeline.Storage.Sqlite;

/// <summary>Writing a queued event report failed (<see cref="DocumentWriter.Flush"/>): names the position of the
/// report's document in the list being written, so that the store can report that document.</summary>
internal sealed class QueuedReportException : Exception
{
    public QueuedReportException()
    {
    }

    public QueuedReportException(string message)
        : base(message)
    {
    }

    public QueuedReportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public QueuedReportException(int position, Exception innerException)
        : base(innerException?.Message, innerException) => Position = position;

    /// <summary>The document's position in the list passed to <see cref="DocumentWriter.Write"/>.</summary>
    public int Position { get; }
}
