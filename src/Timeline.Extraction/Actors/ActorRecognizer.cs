using System.Collections.Immutable;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Actors;

/// <summary>Finds the actors of a document and resolves each mention to a canonical actor.</summary>
/// <remarks>Immutable and thread-safe; build one per dictionary and reuse it.</remarks>
public sealed class ActorRecognizer
{
    public static ActorRecognizer Create() => new();

    /// <summary>Recognises actors in <paramref name="document"/>, whose text is split into <paramref name="sentences"/>.</summary>
    public ActorRecognition Recognize(Document document, ImmutableArray<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(document);
        _ = sentences;
        return new ActorRecognition([], [], []); // TODO(#4): the recognizer.
    }
}
