using System.Text.RegularExpressions;

namespace Timeline.Extraction.Time;

/// <summary>One pattern of a grammar and what it makes of a match (zero or more candidates).</summary>
internal sealed record TimexRule(string Name, Regex Pattern, Action<Match, CandidateCollection> Build);
