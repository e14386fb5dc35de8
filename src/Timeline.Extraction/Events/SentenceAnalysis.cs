using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events;

/// <summary>One sentence cut into tokens and clauses, with its actor mentions grouped into noun phrases.</summary>
internal sealed class SentenceAnalysis
{
    /// <summary>Sentences longer than this many tokens are cut into windows of this size (bounded work per window).</summary>
    public const int MaxTokens = 400;

    private SentenceAnalysis(TextSpan span, ImmutableArray<Token> tokens, ImmutableArray<Clause> clauses, ImmutableArray<ActorGroup> groups)
        => (Span, Tokens, Clauses, Groups) = (span, tokens, clauses, groups);

    public TextSpan Span { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Clause> Clauses { get; }

    public ImmutableArray<ActorGroup> Groups { get; }

    public static SentenceAnalysis Build(string text, TextSpan span, ImmutableArray<Token> tokens, ReadOnlySpan<Mention> mentions, CueLexicon cues)
    {
        var clauses = ClauseSegmenter.Segment(tokens);
        if (mentions.IsEmpty)
        {
            return new SentenceAnalysis(span, tokens, clauses, []);
        }

        var groups = ImmutableArray.CreateBuilder<ActorGroup>();
        var current = new List<Mention>();
        int first = -1, last = -1;
        foreach (var mention in mentions)
        {
            var (mFirst, mLast) = (TokenAt(tokens, mention.Span.Begin), TokenAt(tokens, Math.Max(mention.Span.Begin, mention.Span.End - 1)));
            if (mFirst < 0 || mLast < 0)
            {
                continue;
            }

            if (current.Count > 0 && (!Adjacent(text, tokens, last, mFirst, cues) || TwoPersons(current[^1], mention)
                || ArticleOrganisationThenPerson(tokens, current, first, last, mention, mFirst)))
            {
                groups.Add(MakeGroup(tokens, groups, current, first, last, cues, text));
                current.Clear();
            }

            if (current.Count == 0)
            {
                first = mFirst;
            }

            current.Add(mention);
            last = Math.Max(last, mLast);
        }

        if (current.Count > 0)
        {
            groups.Add(MakeGroup(tokens, groups, current, first, last, cues, text));
        }

        return new SentenceAnalysis(span, tokens, clauses, groups.ToImmutable());
    }

    /// <summary>The clause holding token <paramref name="token"/>.</summary>
    public int ClauseOf(int token)
    {
        for (var i = 0; i < Clauses.Length; i++)
        {
            if (Clauses[i].Contains(token))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether token <paramref name="token"/> belongs to an actor phrase.</summary>
    public bool InGroup(int token)
    {
        foreach (var g in Groups)
        {
            if (g.First <= token && token <= g.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index of the token covering <paramref name="position"/>, or -1.</summary>
    public static int TokenAt(ImmutableArray<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = tokens[mid].Span;
            if (position < span.Begin)
            {
                hi = mid - 1;
            }
            else if (position >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Two different persons side by side are two phrases ("Am Montag traf Joe Biden Olaf Scholz"): a person's
    /// title or country joins the person, another person does not.</summary>
    private static bool TwoPersons(Mention previous, Mention next) =>
        previous.Kind == ActorKind.Person && next.Kind == ActorKind.Person && previous.Actor != next.Actor;

    /// <summary>German: "dass die SVP Bersani unterstütze": an organisation or country named alone after a nominative or
    /// accusative article, followed directly by a person, is a phrase of its own (the verb comes last); "der SPD Olaf
    /// Scholz" (genitive) and "SPD-Chef Olaf Scholz" stay one phrase.</summary>
    private static bool ArticleOrganisationThenPerson(ImmutableArray<Token> tokens, List<Mention> current, int first, int last, Mention next, int nextFirst) =>
        current.Count == 1 && next.Kind == ActorKind.Person && current[0].Kind is ActorKind.Organization or ActorKind.Country
        && nextFirst == last + 1 && first > 0 && tokens[first - 1].Lower is "die" or "das" or "den"
        && current[0].Span.End == tokens[last].Span.End && tokens[first].Span.Begin == current[0].Span.Begin;

    private static bool Adjacent(string text, ImmutableArray<Token> tokens, int last, int next, CueLexicon cues)
    {
        if (next <= last)
        {
            return true;
        }

        if (next - last > 4)
        {
            return false;
        }

        for (var t = last + 1; t < next; t++)
        {
            var token = tokens[t];
            if (!token.IsWord)
            {
                return false;
            }

            var cls = cues.Classify(token.Lower);
            if ((cls & (CueClass.Preposition | CueClass.Coordination | CueClass.Determiner)) != 0)
            {
                return false;
            }

            // English "Kenya's president William Ruto": a lower-case title after a possessive.
            if (!token.IsCapitalized(text) && !(tokens[last].Lower.EndsWith("'s", StringComparison.Ordinal) && next - last <= 3))
            {
                return false;
            }
        }

        return true;
    }

    private static ActorGroup MakeGroup(
        ImmutableArray<Token> tokens, ImmutableArray<ActorGroup>.Builder previous, List<Mention> mentions, int first, int last,
        CueLexicon cues, string text)
    {
        var head = mentions.LastOrDefault(m => m.Kind == ActorKind.Person) ?? mentions[^1];
        var governor = GroupGovernor.None;
        string? preposition = null;
        var genitiveOf = -1;
        var coordinatedWith = -1;
        var prepositionToken = -1;

        var t = first - 1;
        var adjectives = 0;
        while (t >= 0 && adjectives < 2 && tokens[t].IsWord && !tokens[t].IsCapitalized(text)
            && (cues.Classify(tokens[t].Lower) & (CueClass.Determiner | CueClass.Preposition | CueClass.Coordination)) == 0)
        {
            t--;
            adjectives++;
        }

        // "in warning Iraq", "after meeting Putin": a gerund right after the preposition governs the name as its object.
        var gerund = adjectives > 0 && t >= 0 && tokens[t + 1].Lower is { Length: > 5 } skipped && skipped.EndsWith("ing", StringComparison.Ordinal)
            && cues.Is(tokens[t].Lower, CueClass.Preposition);

        // "with Prime Minister Anna Berg", "from Vice President X": a title of two capitalized words after a preposition.
        if (adjectives == 0 && t >= 2 && tokens[t].IsWord && tokens[t].IsCapitalized(text) && tokens[t - 1].IsWord && tokens[t - 1].IsCapitalized(text)
            && !EndsFrom(previous, t - 1) && !cues.Is(tokens[t - 1].Lower, CueClass.Determiner | CueClass.Preposition | CueClass.Calendar)
            && !cues.Is(tokens[t].Lower, CueClass.Determiner | CueClass.Preposition | CueClass.Calendar) && cues.Is(tokens[t - 2].Lower, CueClass.Preposition))
        {
            t--;
        }

        // "von Präsidentin Park Geun-hye", "die Ausweisung des Pakistaners Usman Khan": a title word between the preposition
        // or genitive article and the name.
        if (adjectives == 0 && t >= 1 && tokens[t].IsWord && tokens[t].IsCapitalized(text) && !EndsAt(previous, t)
            && !cues.Is(tokens[t].Lower, CueClass.Determiner | CueClass.Preposition | CueClass.Calendar)
            && (cues.Is(tokens[t - 1].Lower, CueClass.Preposition)
                || (t >= 2 && cues.Is(tokens[t - 1].Lower, CueClass.Determiner) && cues.Is(tokens[t - 2].Lower, CueClass.Preposition))
                || (t >= 2 && tokens[t - 1].Lower is "des" or "eines" && tokens[t - 2].IsWord && tokens[t - 2].IsCapitalized(text))))
        {
            t--;
        }

        var determiner = false;
        if (t >= 0 && tokens[t].IsWord && cues.Is(tokens[t].Lower, CueClass.Determiner))
        {
            determiner = true;
            t--;
        }

        if (!gerund && t >= 0 && tokens[t].IsWord)
        {
            var cls = cues.Classify(tokens[t].Lower);
            if ((cls & CueClass.Preposition) != 0)
            {
                governor = GroupGovernor.Preposition;
                preposition = tokens[t].Lower;
                prepositionToken = t;
                if (preposition == "of" && t > 0 && tokens[t - 1].IsWord)
                {
                    (governor, genitiveOf) = (GroupGovernor.Genitive, t - 1);
                }
            }
            else if ((cls & CueClass.Coordination) != 0 && previous.Count > 0 && previous[^1].Last >= t - 2)
            {
                coordinatedWith = previous.Count - 1;
                var other = previous[^1];
                (governor, preposition, genitiveOf) = (other.Governor, other.Preposition, other.GenitiveOf);
            }
            else if (tokens[t].IsCapitalized(text) && t > 0 && (cls & CueClass.Determiner) == 0
                && (determiner ? tokens[t + 1].Lower is "des" or "der" or "eines" or "einer" : adjectives == 0 && EndsWithGenitiveS(mentions[0].Text))
                && !EndsAt(previous, t))
            {
                (governor, genitiveOf) = (GroupGovernor.Genitive, t);
            }
        }

        if (last + 1 < tokens.Length && tokens[last + 1].Lower == "zufolge")
        {
            (governor, preposition) = (GroupGovernor.Preposition, "zufolge");
        }
        else if (preposition == "to" && prepositionToken > 0 && tokens[prepositionToken - 1].Lower == "according")
        {
            preposition = "according";
        }

        return new ActorGroup(first, last, head.Actor, head.Kind, governor, preposition, genitiveOf, coordinatedWith, [.. mentions], prepositionToken);
    }

    // Loops, not LINQ: a lambda capturing MakeGroup's token index would allocate a closure on every call.
    private static bool EndsFrom(ImmutableArray<ActorGroup>.Builder groups, int token)
    {
        foreach (var g in groups)
        {
            if (g.Last >= token)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsAt(ImmutableArray<ActorGroup>.Builder groups, int token)
    {
        foreach (var g in groups)
        {
            if (g.Last == token)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithGenitiveS(string mention) =>
        mention.Length > 3 && mention[^1] == 's' && char.IsLower(mention[^2]);
}
