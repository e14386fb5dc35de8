using Timeline.Core.Documents;

namespace Timeline.Extraction.Events;

/// <summary>Reads the event lexicon files embedded from <c>Languages/{De,En}/</c>.</summary>
internal static class LexiconResource
{
    /// <summary>The non-empty, non-comment lines of <c>Languages/{language}/{fileName}</c>, each split at tabs.</summary>
    public static IEnumerable<(int LineNumber, string[] Columns)> ReadTable(Language language, string fileName)
    {
        var folder = language == Language.German ? "De" : "En";
        var suffix = $".Languages.{folder}.{fileName}";
        var assembly = typeof(LexiconResource).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded lexicon '{folder}/{fileName}' is missing.");
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon '{folder}/{fileName}' cannot be read.");
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        var rows = new List<(int, string[])>();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add((lineNumber, line.Split('\t')));
        }

        return rows;
    }

    public static string Describe(Language language, string fileName, int lineNumber) =>
        FormattableString.Invariant($"Languages/{(language == Language.German ? "De" : "En")}/{fileName}:{lineNumber}");

}
