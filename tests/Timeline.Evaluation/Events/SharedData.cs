namespace Timeline.Evaluation.Events;

/// <summary>Locates <c>../shared</c> beside the repository (the directory holding Timeline.sln) at run time; nothing
/// of it is copied into the project.</summary>
internal static class SharedData
{
    public static string Directory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new DirectoryNotFoundException("Timeline.sln not found above " + AppContext.BaseDirectory);
        for (var up = new DirectoryInfo(root).Parent; up is not null; up = up.Parent)
        {
            var shared = Path.Combine(up.FullName, "shared");
            if (System.IO.Directory.Exists(Path.Combine(shared, "seed")))
            {
                return shared;
            }
        }

        throw new DirectoryNotFoundException("../shared not found above " + root);
    }

    /// <summary>The repository root (the directory holding Timeline.sln).</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}
