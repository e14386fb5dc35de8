namespace Timeline.Export.Tests.Support;

/// <summary>Finds the repository (the directory holding Timeline.sln) from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Expectations => Path.Combine(Root, "tests", "Timeline.Export.Tests", "Expectations");
}
