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
    /// <summary>Opens the process's standard output as bytes, for exports written to it (binary formats such as PNG);
    /// null when <see cref="Output"/> is not the process's standard output (tests capture text).</summary>
    public Func<Stream>? OpenStandardOutput { get; init; }

    /// <summary>The process's console. <paramref name="output"/> is the buffered writer over standard output that the
    /// caller flushes at the end: <see cref="Console.Out"/> flushes after every write, one system call per JSON token,
    /// which took a fifth of the CPU time of <c>timeline extract</c>.</summary>
    public static CliContext FromConsole(TextWriter output) => new(
        output,
        Console.Error,
        Console.In,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        Environment.GetEnvironmentVariable)
    {
        OpenStandardOutput = Console.OpenStandardOutput,
    };
}
