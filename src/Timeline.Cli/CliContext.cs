namespace Timeline.Cli;

/// <summary>The console a command runs against: its streams, whether they are terminals, and the environment. Tests
/// supply their own.</summary>
/// <param name="Output">Data: JSON, tables, exports. Nothing else is written here.</param>
/// <param name="Error">Messages and progress.</param>
/// <param name="Input">Standard input, read for the path <c>-</c>.</param>
/// <param name="IsOutputTerminal">Whether <paramref name="Output"/> is a terminal (then tables are the default format).</param>
/// <param name="IsErrorTerminal">Whether <paramref name="Error"/> is a terminal (then long runs show progress).</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable (<c>TIMELINE_STORE</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>).</param>
internal sealed record CliContext(
    TextWriter Output,
    TextWriter Error,
    TextReader Input,
    bool IsOutputTerminal,
    bool IsErrorTerminal,
    Func<string, string?> GetEnvironmentVariable)
{
    public static CliContext FromConsole() => new(
        Console.Out,
        Console.Error,
        Console.In,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        Environment.GetEnvironmentVariable);
}
