namespace Timeline.Extraction.Time;

/// <summary>Which way a clause points in time, read from its verb forms.</summary>
public enum Direction
{
    /// <summary>No tense marker was found (plain present in most cases).</summary>
    Unknown,

    /// <summary>Perfekt, Präteritum, simple past, past perfect.</summary>
    Past,

    /// <summary>werden + infinitive, will/shall, going to, or an explicit plan verb.</summary>
    Future,
}
