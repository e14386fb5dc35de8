using System.Text.RegularExpressions;

namespace Timeline.Extraction.Time;

/// <summary>One pattern of a grammar and what it makes of a match (zero or more candidates).</summary>
/// <param name="Name">For diagnostics.</param>
/// <param name="Pattern">Scans the text. For an anchored rule, the core of the expression (fast to find: it starts
/// with a literal word list or a digit), else the whole expression.</param>
/// <param name="Extension">For an anchored rule: the whole expression, compiled right-to-left and ending in <c>\G</c>, run
/// at the end of each core match to take in the optional words before it ("in den kommenden drei" before "Jahren").</param>
/// <param name="Build">Turns a match of the whole expression into candidates.</param>
/// <param name="Trigger">The words or digits at which <paramref name="Pattern"/> (then anchored with <c>\\G</c>) is tried,
/// or null to scan the whole text.</param>
internal sealed record TimexRule(string Name, TieredRegex Pattern, TieredRegex? Extension, Action<Match, CandidateCollection> Build, TokenTrigger? Trigger = null)
{
    /// <summary>For a rule that scans the whole text: substrings one of which every match contains; a text without any
    /// of them is skipped (a fast search instead of a regex scan).</summary>
    public SubstringSet? Required { get; init; }

    /// <summary>For an anchored rule with an extension: what can stand right before the core when the leading words are
    /// present; null = always run the extension.</summary>
    public PrefixTail? Tail { get; init; }

    /// <summary>The position of the rule in its grammar (the order of the <c>Add</c> calls); breaks ties between
    /// candidates with the same span and priority.</summary>
    public int Order { get; init; }

    /// <summary>The pattern without its <c>\\G</c> anchor, or null when the same as <see cref="Pattern"/> (diagnostics:
    /// a string, parsed only by <see cref="TimexGrammar.Profile"/>, because a third expression per rule cost start time).</summary>
    public string? Unanchored { get; init; }
}
