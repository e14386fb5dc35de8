namespace Timeline.Cli.Tests;

/// <summary>The founding article in ../shared/seed, beside the repository; never copied into it.</summary>
internal static class SharedSeed
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        var seed = directory?.Parent is { } parent ? System.IO.Path.Combine(parent.FullName, "shared", "seed", "000_a1041212b9023456.txt") : null;
        return seed is not null && File.Exists(seed)
            ? seed
            : throw new InvalidOperationException("The seed article (../shared/seed beside the repository) is missing.");
    }
}
