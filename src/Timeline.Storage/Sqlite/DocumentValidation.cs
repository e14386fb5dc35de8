using Timeline.Core.Actors;
using Timeline.Core.Extraction;

namespace Timeline.Storage.Sqlite;

/// <summary>Checks that a document's extraction is self-contained before it is written: every actor it refers to is
/// listed in it, and every mention and piece of evidence points into it. The store relies on this to keep an actor
/// exactly as long as a document lists it.</summary>
internal static class DocumentValidation
{
    /// <exception cref="InvalidDataException">The first problem found.</exception>
    public static void Validate(DocumentExtraction extraction, IReadOnlyList<Actor> actors)
    {
        var document = extraction.Document.Id;
        if (string.IsNullOrEmpty(document.Value))
        {
            throw new InvalidDataException("the document has an empty id");
        }

        var listed = new HashSet<ActorId>();
        foreach (var actor in actors)
        {
            if (!ParticipantCodec.IsEncodable(actor.Id))
            {
                throw new InvalidDataException($"actor id '{actor.Id}' is empty or contains a tab or line break");
            }

            listed.Add(actor.Id);
        }

        foreach (var mention in extraction.Mentions.IsDefault ? [] : extraction.Mentions)
        {
            RequireListed(listed, mention.Actor, "a mention");
        }

        foreach (var relation in extraction.Relations.IsDefault ? [] : extraction.Relations)
        {
            RequireListed(listed, relation.Source, "a relation");
            RequireListed(listed, relation.Target, "a relation");
            if (relation.Evidence.Document != document)
            {
                throw new InvalidDataException($"a relation's evidence points to another document '{relation.Evidence.Document}'");
            }
        }

        foreach (var report in extraction.Events.IsDefault ? [] : extraction.Events)
        {
            if (report.Mentions.IsDefaultOrEmpty)
            {
                throw new InvalidDataException($"event {report.Id} has no mention");
            }

            foreach (var participant in report.Participants.IsDefault ? [] : report.Participants)
            {
                RequireListed(listed, participant.Actor, $"event {report.Id}");
            }

            foreach (var mention in report.Mentions)
            {
                if (mention.Document != document)
                {
                    throw new InvalidDataException($"event {report.Id} has a mention in another document '{mention.Document}'");
                }
            }
        }
    }

    private static void RequireListed(HashSet<ActorId> listed, ActorId actor, string where)
    {
        if (!listed.Contains(actor))
        {
            throw new InvalidDataException($"{where} refers to actor '{actor}', which the document does not list");
        }
    }
}
