namespace Timeline.Extraction.Tests;

/// <summary>Finds the shared evaluation data that sits beside the repository (<c>../shared</c>); it is never copied into
/// the project.</summary>
internal static class SharedData
{
    public static string Root { get; } = Locate();

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        var shared = directory?.Parent is { } parent ? System.IO.Path.Combine(parent.FullName, "shared") : null;
        return shared is not null && Directory.Exists(shared)
            ? shared
            : throw new InvalidOperationException("The shared data folder (../shared beside the repository) is missing.");
    }
}
