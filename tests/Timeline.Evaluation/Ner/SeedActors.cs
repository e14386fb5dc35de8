using System.Globalization;
using System.Text;
using Timeline.Core.Documents;
using Timeline.Core.Relations;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Evaluation.Ner;

/// <summary><c>ner --show FILE</c>: prints the actors, mentions and relations recognised in a text file, for review.</summary>
internal static class SeedActors
{
    public static int Show(string path, string? dictionary, string? published)
    {
        var text = File.ReadAllText(path);
        var recognizer = dictionary is null ? ActorRecognizer.Create() : ActorRecognizer.Create(dictionary);
        var date = published is null ? (NodaTime.OffsetDateTime?)null
            : NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(published).GetValueOrThrow();
        var info = new DocumentInfo(new DocumentId(Path.GetFileNameWithoutExtension(path)), string.Empty, Language.German, date, null, null, path);
        var result = recognizer.Recognize(new Document(info, text), SentenceSplitter.Split(text));
        var output = new StringBuilder();
        foreach (var actor in result.Actors)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"ACTOR {actor.Id} | {actor.Name} | {actor.Kind} | {string.Join(", ", actor.Aliases)}");
        }

        foreach (var relation in result.Relations)
        {
            output.AppendLine(CultureInfo.InvariantCulture,
                $"REL {relation.Source} {relation.Type.ToWire()} {relation.Target} '{relation.Title}' {relation.Since} [{relation.Evidence.Span.Of(text)}]");
        }

        foreach (var group in result.Groups)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"GROUP {group.Text} -> {string.Join(", ", group.Members)}");
        }

        foreach (var mention in result.Mentions)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"M {mention.Span.Begin} {mention.Text} -> {mention.Actor}");
        }

        Console.Write(output.ToString());
        return 0;
    }
}
