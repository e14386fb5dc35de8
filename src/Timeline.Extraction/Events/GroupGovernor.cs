namespace Timeline.Extraction.Events;

/// <summary>What an actor noun phrase hangs on, read from the words before it.</summary>
internal enum GroupGovernor
{
    /// <summary>Nothing: a subject or an object.</summary>
    None,

    /// <summary>A preposition ("mit Putin", "an der Grenze zur Ukraine").</summary>
    Preposition,

    /// <summary>A genitive attribute of a noun ("Sitzung des UN-Sicherheitsrats", "Antwort Russlands", "talks of X").</summary>
    Genitive,
}
