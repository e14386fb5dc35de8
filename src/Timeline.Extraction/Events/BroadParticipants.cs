using System.Collections.Frozen;
using System.Collections.Immutable;
using Timeline.Core.Actors;

namespace Timeline.Extraction.Events;

/// <summary>Participants for a trigger of the broad lexicon (<see cref="EventCoverage.Broad"/>) whose argument frame
/// found none: the actors named in its clause, else in its sentence (the nearest one before the trigger is the source,
/// the others are targets); with none named, the discourse's last actor when the clause refers back to it ("the
/// company said", "it delivered").</summary>
internal static class BroadParticipants
{
    private static readonly FrozenWords ReferringWords = new(
        "it", "its", "he", "she", "they", "his", "her", "their", "company", "firm", "airline", "carrier", "manufacturer",
        "planemaker", "automaker", "carmaker", "group", "bank", "index", "exchange", "maker", "corporation", "executive",
        "chief", "spokesman", "spokeswoman", "ceo", "president", "chairman");

    public static (ImmutableArray<ActorId> Sources, ImmutableArray<ActorId> Targets) Fill(
        SentenceAnalysis analysis, int clause, TriggerMatch match, ActorId? antecedent, bool personalPronoun)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(match);
        var span = analysis.Clauses[clause];
        var groups = analysis.Groups.Where(g => span.Contains(g.First)).ToList();
        if (groups.Count == 0)
        {
            groups = [.. analysis.Groups];
        }

        if (groups.Count > 0 && personalPronoun)
        {
            // "He stated that the plan for GM had ...": "he" is the source, whom the discourse did not name; the actors
            // of the clause are what was said about.
            return ([], [.. groups.Select(g => g.Head).Distinct()]);
        }

        if (groups.Count > 0)
        {
            var source = groups.LastOrDefault(g => g.Last < match.Head) ?? groups[0];
            var targets = groups.Where(g => g != source && g.Head != source.Head).Select(g => g.Head).Distinct().ToImmutableArray();
            return ([source.Head], targets);
        }

        if (antecedent is { } actor)
        {
            // The referring word may open the sentence before the trigger's clause ("He stressed ..., saying that").
            for (var t = 0; t < match.Head && t < span.End; t++)
            {
                if (ReferringWords.Contains(analysis.Tokens[t].Lower))
                {
                    return ([actor], []);
                }
            }
        }

        return ([], []);
    }

    /// <summary>A place chosen as the source of a broad trigger gives way to a named organisation or person before the
    /// trigger in the same sentence that hangs on no preposition: the place only qualifies it ("The primary UK index,
    /// the FTSE 100, dropped", "The Harbor Index, a gauge of American exchanges, fell"); the place stays a source when
    /// no such actor precedes.</summary>
    public static (ImmutableArray<ActorId> Sources, ImmutableArray<ActorId> Targets) PreferNamedOverPlace(
        SentenceAnalysis analysis, TriggerMatch match, ImmutableArray<ActorId> sources, ImmutableArray<ActorId> targets)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(match);
        if (sources.Length != 1 || analysis.Groups.FirstOrDefault(g => g.Head == sources[0]) is not { HeadKind: ActorKind.Country or ActorKind.Location })
        {
            return (sources, targets);
        }

        var named = analysis.Groups.LastOrDefault(g => g.Last < match.Head && g.Governor == GroupGovernor.None
            && g.HeadKind is not (ActorKind.Country or ActorKind.Location) && !analysis.Clauses[analysis.ClauseOf(g.First)].Quoted);
        return named is null ? (sources, targets) : ([named.Head], targets.Remove(named.Head));
    }

    /// <summary>A single source named before the trigger with others joined to it by "and", also across a bracketed
    /// short name the argument frame stops at ("Kestrel Motors ( KM ) and Harlow Freight, which merged in 1998"): all
    /// of them are sources; otherwise <paramref name="sources"/> unchanged.</summary>
    public static ImmutableArray<ActorId> WithCoordinated(SentenceAnalysis analysis, TriggerMatch match, ImmutableArray<ActorId> sources)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(match);
        var groups = analysis.Groups;
        if (sources.Length != 1)
        {
            return sources;
        }

        var at = -1;
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i].Head == sources[0] && groups[i].Last < match.Head && groups[i].Governor == GroupGovernor.None)
            {
                at = i;
            }
        }

        if (at < 0)
        {
            return sources;
        }

        var joined = new SortedSet<int> { at };
        for (var grown = true; grown;)
        {
            grown = false;
            for (var i = 0; i < groups.Length; i++)
            {
                var linked = joined.Contains(groups[i].CoordinatedWith) || joined.Any(j => groups[j].CoordinatedWith == i);
                if (!joined.Contains(i) && linked && groups[i].Last < match.Head && groups[i].Governor == GroupGovernor.None)
                {
                    joined.Add(i);
                    grown = true;
                }
            }
        }

        return joined.Count == 1 ? sources : [.. joined.Select(i => groups[i].Head).Distinct()];
    }

    /// <summary>The speaker of a saying verb that follows a quote or a comma and precedes a name or an article
    /// ("'...,' said Dana Reyes, the Kestrel chief", "'...,' said a Kestrel spokesman"): the first person named within
    /// eight words after the verb, or no source (an unnamed speaker: the actors before the verb did not say it); null
    /// when the verb does not stand so.</summary>
    public static ImmutableArray<ActorId>? PostposedSpeaker(string text, SentenceAnalysis analysis, TriggerMatch match)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(match);
        var tokens = analysis.Tokens;
        if (match.Head < 1 || match.Head + 1 >= tokens.Length)
        {
            return null;
        }

        var before = tokens[match.Head - 1].Lower;
        var after = tokens[match.Head + 1];
        var quoteOrComma = before is "," or "\"" or "\u201d" || before.EndsWith('\'');
        if (!quoteOrComma || !(after.IsCapitalized(text) || after.Lower is "a" or "an" or "the" or "one"))
        {
            return null;
        }

        var person = analysis.Groups.FirstOrDefault(g => g.First > match.Head && g.First <= match.Head + 8 && g.HeadKind == ActorKind.Person);
        return person is null ? [] : [person.Head];
    }

    /// <summary>The person whose title names the chosen source of a saying verb ("Dana Reyes, the Kestrel chief
    /// executive, said"): a person named before the source, followed by a comma, with the verb within twelve words of the
    /// person and no quote in between; null otherwise.</summary>
    public static ActorId? PersonBeforeTitle(SentenceAnalysis analysis, TriggerMatch match, ImmutableArray<ActorId> sources)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(match);
        if (sources.Length != 1
            || analysis.Groups.LastOrDefault(g => g.Head == sources[0] && g.Last < match.Head) is not { HeadKind: not ActorKind.Person } source)
        {
            return null;
        }

        var tokens = analysis.Tokens;
        var person = analysis.Groups.LastOrDefault(g => g.Last < source.First && g.HeadKind == ActorKind.Person);
        if (person is null || match.Head - person.Last > 12 || !tokens[person.Last + 1].Is(','))
        {
            return null;
        }

        for (var t = person.Last + 1; t < match.Head; t++)
        {
            var word = tokens[t].Lower;
            if (word is "\"" or "\u201c" or "\u201d" or "``" || word.EndsWith('\''))
            {
                return null;
            }
        }

        return person.Head;
    }

    /// <summary>True when a person is the source: a person saying something ("Louis Carter, the Kestrel chief,
    /// said the company expects ...", "said Carter", "He stated that Kestrel would ...") speaks for himself; the
    /// companies in his title or in what he said are not parties to the saying (they take part in the events said,
    /// which have their own triggers).</summary>
    public static bool IsPersonSource(SentenceAnalysis analysis, ImmutableArray<ActorId> sources, bool sourceIsPerson)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return sources.Length == 1
            && (sourceIsPerson || analysis.Groups.Any(g => g.Head == sources[0] && g.HeadKind == ActorKind.Person));
    }

    /// <summary>True when the trigger's head word stands inside an actor mention ("United States", "Sales Corp.").</summary>
    public static bool InsideName(SentenceAnalysis analysis, TriggerMatch match)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(match);
        var token = analysis.Tokens[match.Head].Span;
        return analysis.Groups.Any(g => g.Mentions.Any(m => m.Span.Begin <= token.Begin && token.End <= m.Span.End));
    }

    private sealed class FrozenWords(params string[] words)
    {
        private readonly FrozenSet<string> _words = words.ToFrozenSet(StringComparer.Ordinal);

        public bool Contains(string word) => _words.Contains(word);
    }
}
