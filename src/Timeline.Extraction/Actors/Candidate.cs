using Timeline.Core.Actors;

namespace Timeline.Extraction.Actors;

/// <summary>A span the scanner found: a dictionary actor, a place, an unknown person or organisation, with how it was
/// found. Mutable while one document is scanned; never shared.</summary>
internal sealed class Candidate
{
    public int Begin { get; set; }

    public int End { get; set; }

    public int FirstToken { get; set; }

    public int LastToken { get; set; }

    /// <summary>The dictionary entry, or -1.</summary>
    public int Entry { get; set; } = -1;

    /// <summary>The place of the place list, or -1.</summary>
    public int Place { get; set; } = -1;

    /// <summary>The name of an actor found by pattern (unknown person or organisation), else null.</summary>
    public string? NewName { get; set; }

    public ActorKind Kind { get; set; }

    /// <summary>Its class for named-entity recognition, or null when it is no name (an adjective, a government phrase).</summary>
    public NamedEntityClass? Class { get; set; }

    public SurfaceKind Surface { get; set; }

    /// <summary>Only the first part of a compound (<c>US</c> of <c>US-Präsident</c>).</summary>
    public bool IsPart { get; set; }

    /// <summary>A role phrase standing for a person named before (<c>der Sprecher</c>).</summary>
    public bool IsCoreference { get; set; }

    public bool IsName => Surface is not (SurfaceKind.Adjective or SurfaceKind.Description) && !IsCoreference;

    /// <summary>Back to the state of a new candidate, for reuse (<see cref="ScanBuffers.NewCandidate"/>).</summary>
    public void Clear()
    {
        Begin = 0;
        End = 0;
        FirstToken = 0;
        LastToken = 0;
        Entry = -1;
        Place = -1;
        NewName = null;
        Kind = default;
        Class = null;
        Surface = default;
        IsPart = false;
        IsCoreference = false;
    }
}
