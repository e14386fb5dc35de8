namespace Timeline.Extraction.Actors;

/// <summary>The name lists a word is in (<see cref="WordSet.Kinds(ReadOnlySpan{char})"/> of the scanner's one table of them).</summary>
[Flags]
internal enum NameKinds
{
    None = 0,

    /// <summary><c>actors-first-names.txt</c>: starts a person's name on its own ("Angela", "Wladimir").</summary>
    FirstName = 1,

    /// <summary><c>actors-given-names.txt</c>: starts a name only before a surname ("Rosa Luxemburg").</summary>
    GivenName = 2,

    /// <summary><c>actors-surnames.txt</c>.</summary>
    Surname = 4,

    /// <summary><c>actors-given-names-more.txt</c>: ~52,000 given names of many languages, none a German word.</summary>
    MoreGivenName = 8,
}
