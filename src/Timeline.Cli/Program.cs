namespace Timeline.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => TimelineApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}
