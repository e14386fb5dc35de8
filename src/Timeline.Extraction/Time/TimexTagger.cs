using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Documents;
using Timeline.Core.Time;

namespace Timeline.Extraction.Time;

/// <summary>Finds time expressions in German and English news text and normalises them to TIMEX3, resolving relative
/// ones against the publication time.</summary>
/// <remarks>
/// Immutable and thread-safe once built; build one and reuse it. Each language's rules are regular expressions
/// assembled from its lexicon (<c>Languages/&lt;Lang&gt;/time-lexicon.tsv</c>). Overlapping proposals are settled
/// longest-first; the chosen spans are then resolved in text order, so that an anchored expression ("am Tag darauf",
/// "two days later") refers to the last day-precise date before it, and a bare weekday or a year-less date takes the
/// direction of its sentence's tense (<see cref="TenseDetector"/>).
/// </remarks>
public sealed class TimexTagger
{
    // Each grammar is built at the first document of its language (a few hundred expressions to parse): a run over
    // articles of one language never builds the other.
    private readonly Lazy<TimexGrammar> _german;
    private readonly Lazy<TimexGrammar> _english;

    private TimexTagger(Lazy<TimexGrammar> german, Lazy<TimexGrammar> english) => (_german, _english) = (german, english);

    public static TimexTagger Create() => new(new(() => new GermanTimexGrammar()), new(() => new EnglishTimexGrammar()));

    internal TimexGrammar GrammarFor(Language language) => (language == Language.German ? _german : _english).Value;

    /// <summary>Tags <paramref name="text"/>.</summary>
    /// <param name="text">The document text; offsets of the result index it.</param>
    /// <param name="language">Its language.</param>
    /// <param name="published">The document creation time that relative expressions resolve against, or null.
    /// Its own offset decides the local date ("heute" of an article published at 00:30 in Berlin).</param>
    /// <returns>Time expressions in text order, non-overlapping.</returns>
    public ImmutableArray<Timex> Tag(string text, Language language, OffsetDateTime? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var grammar = GrammarFor(language);
        var candidates = new CandidateCollection(text);
        grammar.Scan(candidates);
        var chosen = Choose(candidates);

        var context = new ResolutionContext(text, language, published?.Date);
        var result = ImmutableArray.CreateBuilder<Timex>(chosen.Count);
        foreach (var candidate in chosen)
        {
            var meaning = candidate.Resolve(context);
            if (meaning is null)
            {
                continue;
            }

            if (meaning.Interval is { } interval && interval.Start == interval.End)
            {
                context.SetAnchor(interval.Start, candidate.Begin, candidate.End, interval.Granularity == Granularity.Day);
            }

            if (meaning.Type == TimexType.Set)
            {
                context.LastSetEnd = candidate.End;
            }

            if (meaning.Interval is { Granularity: <= Granularity.Year } dated && dated.Start.Year == dated.End.Year)
            {
                context.LastYear = dated.Start.Year;
            }

            var span = new TextSpan(candidate.Begin, candidate.End);
            result.Add(new Timex(span, span.Of(text), meaning.Type, meaning.Value, meaning.Interval, meaning.Mod));
        }

        return result.Count == result.Capacity ? result.MoveToImmutable() : result.ToImmutable();
    }

    /// <summary>Longest first, then leftmost, then by priority, then by rule order (the rule added first wins), then in
    /// the order proposed: a total order, so the choice does not depend on the sort algorithm. A candidate overlapping a
    /// chosen one is dropped. Returns the chosen ones in text order.</summary>
    internal static List<TimexCandidate> Choose(List<TimexCandidate> candidates)
    {
        candidates.RemoveAll(c => c.Length <= 0);
        candidates.Sort(static (a, b) =>
        {
            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byBegin = a.Begin.CompareTo(b.Begin);
            if (byBegin != 0)
            {
                return byBegin;
            }

            var byPriority = b.Priority.CompareTo(a.Priority);
            if (byPriority != 0)
            {
                return byPriority;
            }

            var byRule = a.Rule.CompareTo(b.Rule);
            return byRule != 0 ? byRule : a.Sequence.CompareTo(b.Sequence);
        });

        var chosen = new List<TimexCandidate>();
        var starts = new List<int>(); // begins of chosen, sorted, parallel to ends
        var ends = new List<int>();
        foreach (var candidate in candidates)
        {
            var index = starts.BinarySearch(candidate.Begin);
            if (index < 0)
            {
                index = ~index;
            }

            var overlapsLeft = index > 0 && ends[index - 1] > candidate.Begin;
            var overlapsRight = index < starts.Count && starts[index] < candidate.End;
            if (overlapsLeft || overlapsRight)
            {
                continue;
            }

            starts.Insert(index, candidate.Begin);
            ends.Insert(index, candidate.End);
            chosen.Add(candidate);
        }

        chosen.Sort(static (a, b) => a.Begin.CompareTo(b.Begin));
        return chosen;
    }
}
