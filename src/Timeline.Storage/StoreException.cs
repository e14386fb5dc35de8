namespace Timeline.Storage;

/// <summary>The store could not be reached or refused a write (exit code 2). The message names the store, never
/// credentials.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreException()
    {
    }

    /// <summary>True when retrying the same operation may succeed (a dropped connection, a transient server error).</summary>
    public bool IsTransient { get; init; }
}
