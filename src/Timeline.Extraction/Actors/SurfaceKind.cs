namespace Timeline.Extraction.Actors;

/// <summary>How a surface form refers to its actor.</summary>
internal enum SurfaceKind
{
    /// <summary>A name or alias (<c>Antony Blinken</c>, <c>Russland</c>, <c>UN-Sicherheitsrat</c>).</summary>
    Name,

    /// <summary>A person's surname alone (<c>Blinken</c>).</summary>
    Surname,

    /// <summary>A country adjective stem (<c>russisch</c>, <c>British</c>).</summary>
    Adjective,

    /// <summary>A capital standing for a government (<c>Moskau</c>).</summary>
    Capital,

    /// <summary>A seat of government (<c>Kreml</c>, <c>Weißes Haus</c>).</summary>
    Seat,

    /// <summary>A city or region from the place gazetteer.</summary>
    Place,

    /// <summary>A common noun standing for an actor named before (<c>der Konzern</c>, <c>the militants</c>): a mention,
    /// no name and no alias.</summary>
    Description,

    /// <summary>A place whose name is also a German word (<c>Essen</c>): only a place with a cue such as "in".</summary>
    AmbiguousPlace,
}
