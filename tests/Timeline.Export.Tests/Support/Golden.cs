namespace Timeline.Export.Tests.Support;

/// <summary>Compares output with a file in Expectations/; with TIMELINE_UPDATE_GOLDEN=1 the file is rewritten instead.</summary>
internal static class Golden
{
    public static void Check(string fileName, string actual)
    {
        var path = Path.Combine(RepositoryPaths.Expectations, fileName);
        if (Environment.GetEnvironmentVariable("TIMELINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with TIMELINE_UPDATE_GOLDEN=1 and review the file");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
