using System.Collections.Immutable;

namespace Timeline.Extraction.Actors;

/// <summary>A node of an actor dictionary file (YAML or JSON), with the 1-based line it starts on.</summary>
internal abstract record DictionaryNode(int Line);

/// <summary>A string, number or date.</summary>
internal sealed record DictionaryScalar(int Line, string Value) : DictionaryNode(Line);

/// <summary>A list.</summary>
internal sealed record DictionarySequence(int Line, ImmutableArray<DictionaryNode> Items) : DictionaryNode(Line);

/// <summary>A mapping of keys to nodes, in file order.</summary>
internal sealed record DictionaryMapping(int Line, ImmutableArray<KeyValuePair<DictionaryScalar, DictionaryNode>> Entries)
    : DictionaryNode(Line);
