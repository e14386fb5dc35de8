namespace Timeline.Extraction.Events;

/// <summary>What a cue word tells the extractor; a word may carry several classes.</summary>
[Flags]
internal enum CueClass
{
    None = 0,
    Planned = 1 << 0,
    Negated = 1 << 1,
    Postponed = 1 << 2,
    Hypothetical = 1 << 3,
    Reported = 1 << 4,
    Speech = 1 << 5,
    Announce = 1 << 6,
    Passive = 1 << 7,
    Agent = 1 << 8,
    Preposition = 1 << 9,
    Determiner = 1 << 10,
    Pronoun = 1 << 11,
    Coordination = 1 << 12,
    Force = 1 << 13,
    Order = 1 << 14,
    Financial = 1 << 15,
    Military = 1 << 16,
    Humanitarian = 1 << 17,
    Boilerplate = 1 << 18,
    Location = 1 << 19,
    PlannedPreposition = 1 << 20,

    /// <summary>A verb form that puts the act in the past: auxiliaries of the past and perfect, irregular past forms.</summary>
    Past = 1 << 21,

    /// <summary>A weekday name ("Monday").</summary>
    Weekday = 1 << 22,

    /// <summary>A title or honorific before a name ("Mr", "King"): no given name.</summary>
    Title = 1 << 23,

    /// <summary>English: a role or body noun whose of-phrase names the actor ("the foreign ministers of Poland").</summary>
    Role = 1 << 24,

    /// <summary>A noun for the followers or opponents of an actor ("Abacha's supporters", "Anhänger Erdogans"): the
    /// followers act, not the actor.</summary>
    Follower = 1 << 25,

    /// <summary>A name of a day or month ("Montag", "Januar"): a capitalized word that is no title before a name ("traf
    /// am Montag Olaf Scholz").</summary>
    Calendar = 1 << 26,
}
