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

        // ../shared beside the repository; a git worktree one or more levels deeper (wt/NAME) finds it further up.
        for (var up = directory?.Parent; up is not null; up = up.Parent)
        {
            var shared = System.IO.Path.Combine(up.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(shared, "eval-data")))
            {
                return shared;
            }
        }

        throw new InvalidOperationException("The shared data folder (../shared beside the repository) is missing.");
    }
}
