namespace Timeline.Extraction.Events;

/// <summary>Which syntactic slots of a trigger give the source and the target of its event.</summary>
internal enum TriggerFrame
{
    /// <summary>Source = subject, target = object or an actor after one of the entry's target prepositions.</summary>
    Svo,

    /// <summary>A symmetric event (call, meeting): all subjects plus "mit"/"zwischen" actors; the first is the source.</summary>
    Sym,

    /// <summary>A nominal event: source = possessor, nationality adjective or genitive of the noun.</summary>
    Np,

    /// <summary>The subject receives (eine Antwort erhalten): source = genitive or "von", target = subject.</summary>
    Recv,

    /// <summary>Military forces: source = the forces' nationality ("russische Bodentruppen", "US-Soldaten") or subject.</summary>
    Force,
}
