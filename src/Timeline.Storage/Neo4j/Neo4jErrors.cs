namespace Timeline.Storage.Neo4j;

/// <summary>Turns what a server or the network reports into one-line <see cref="StoreException"/>s.</summary>
internal static class Neo4jErrors
{
    /// <summary>A status code from the server, such as <c>Neo.TransientError.Transaction.DeadlockDetected</c>.</summary>
    public static StoreException FromServer(string store, string? code, string? message)
    {
        code ??= "Neo.DatabaseError.General.UnknownError";
        // A uniqueness violation comes from a concurrent writer creating the same node first (the batch writer CREATEs
        // events it read as new): a retry reads them as stored.
        var transient = (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
                && !code.Contains("Terminated", StringComparison.Ordinal))
            || string.Equals(code, "Neo.ClientError.Schema.ConstraintValidationFailed", StringComparison.Ordinal);
        var text = code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal)
            ? $"{store}: Neo4j refused the login or the access ({code}); check NEO4J_USERNAME and NEO4J_PASSWORD"
            : $"{store}: Neo4j error {code}: {OneLine(message)}";
        return new StoreException(text) { IsTransient = transient };
    }

    /// <summary>The connection could not be opened or broke: retrying may help.</summary>
    public static StoreException Connection(string store, Exception cause) =>
        new($"{store}: cannot reach Neo4j ({OneLine(cause.Message)})", cause) { IsTransient = true };

    /// <summary>The server answered something this client cannot use.</summary>
    public static StoreException Protocol(string store, string what) =>
        new($"{store}: unexpected answer from Neo4j: {OneLine(what)}");

    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "(no message)";
        }

        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
