using Timeline.Core.Actors;
using Timeline.Core.Extraction;

namespace Timeline.Storage.Neo4j;

/// <summary>Checks a document's extraction before anything of it is sent: everything it refers to is listed in it and
/// every value is in range. A document that fails is not written at all.</summary>
internal static class ExtractionCheck
{
    /// <summary>The first problem, or null when the document can be written.</summary>
    public static string? Problem(DocumentExtraction extraction)
    {
        var document = extraction.Document.Id;
        if (string.IsNullOrEmpty(document.Value))
        {
            return "the document has an empty id";
        }

        var listed = new HashSet<ActorId>();
        foreach (var actor in extraction.Actors.IsDefault ? [] : extraction.Actors)
        {
            if (string.IsNullOrEmpty(actor.Id.Value))
            {
                return "an actor has an empty id";
            }

            listed.Add(actor.Id);
        }

        foreach (var mention in extraction.Mentions.IsDefault ? [] : extraction.Mentions)
        {
            if (!listed.Contains(mention.Actor))
            {
                return $"a mention refers to actor '{mention.Actor}', which the document does not list";
            }
        }

        foreach (var relation in extraction.Relations.IsDefault ? [] : extraction.Relations)
        {
            if (!listed.Contains(relation.Source) || !listed.Contains(relation.Target))
            {
                return $"a relation refers to an actor the document does not list ('{relation.Source}' or '{relation.Target}')";
            }

            if (relation.Evidence.Document != document)
            {
                return $"a relation's evidence points to another document '{relation.Evidence.Document}'";
            }
        }

        foreach (var report in extraction.Events.IsDefault ? [] : extraction.Events)
        {
            if (report.Mentions.IsDefaultOrEmpty)
            {
                return $"event {report.Id} has no mention";
            }

            if (!IsConfidence(report.Confidence))
            {
                return $"event {report.Id} has confidence {report.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)} outside 0..1";
            }

            foreach (var participant in report.Participants.IsDefault ? [] : report.Participants)
            {
                if (!listed.Contains(participant.Actor))
                {
                    return $"event {report.Id} refers to actor '{participant.Actor}', which the document does not list";
                }
            }

            foreach (var mention in report.Mentions)
            {
                if (mention.Document != document)
                {
                    return $"event {report.Id} has a mention in another document '{mention.Document}'";
                }

                if (!IsConfidence(mention.Confidence))
                {
                    return $"a mention of event {report.Id} has confidence {mention.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)} outside 0..1";
                }
            }
        }

        return null;
    }

    private static bool IsConfidence(double value) => value is >= 0 and <= 1;
}
