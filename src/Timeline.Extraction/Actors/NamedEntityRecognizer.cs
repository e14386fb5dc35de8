using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Actors;

/// <summary>General named-entity recognition (persons, locations, organisations), whether or not an entity is an actor
/// of interest: the layer under <see cref="ActorRecognizer"/>, also used for the GermEval evaluation. Country adjectives,
/// government phrases and parts of compounds are not named entities here.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NamedEntityRecognizer
{
    private readonly EntityScanner _scanner;

    internal NamedEntityRecognizer(EntityScanner scanner) => _scanner = scanner;

    /// <summary>The recognizer with the built-in dictionary and gazetteers.</summary>
    public static NamedEntityRecognizer Create() => ActorRecognizer.Create().NamedEntities;

    /// <summary>The named entities of <paramref name="text"/>, in text order, non-overlapping.</summary>
    public ImmutableArray<NamedEntity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffers = ScanBuffers.Current;
        var tokens = buffers.Tokens;
        Tokenizer.Tokenize(text, tokens);
        var candidates = buffers.Candidates;
        _scanner.Scan(text, tokens, candidates);
        var result = ImmutableArray.CreateBuilder<NamedEntity>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate.Class is not { } entityClass || candidate.IsPart || candidate.IsCoreference)
            {
                continue;
            }

            var span = new TextSpan(candidate.Begin, candidate.End);
            var id = candidate.Entry >= 0
                ? _scanner.Dictionary.Entries[candidate.Entry].Id
                : new ActorId(_scanner.SlugOf(candidate));
            result.Add(new NamedEntity(span, buffers.TextOf(text.AsSpan(span.Begin, span.Length)), entityClass, id));
        }

        return result.ToImmutable();
    }
}
