using System.Collections.Immutable;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events;

/// <summary>Reads how a clause presents its event from cue words: postponed &gt; negated &gt; planned &gt; hypothetical &gt;
/// reported &gt; asserted.</summary>
internal sealed class ModalityReader
{
    private readonly Language _language;
    private readonly CueLexicon _cues;

    public ModalityReader(Language language, CueLexicon cues) => (_language, _cues) = (language, cues);

    public Modality Read(SentenceAnalysis sentence, int clauseIndex, TriggerMatch match, bool passive)
    {
        var tokens = sentence.Tokens;
        var clause = sentence.Clauses[clauseIndex];
        // English modals and negation stand before the verb ("will meet", "did not reject"); German ones anywhere in the
        // clause ("wollen ... telefonieren", "telefonieren wollen"). Postponement may follow ("talks were postponed").
        var cues = CueClass.None;
        for (var t = clause.Start; t < clause.End; t++)
        {
            if (tokens[t].IsWord && !match.Tokens.Contains(t) && !IsNoCue(tokens, t))
            {
                var cls = _cues.Classify(tokens[t].Lower);
                cues |= _language == Language.English && t > match.Head ? cls & (CueClass.Postponed | CueClass.Reported) : cls;
            }
        }

        var sentenceCues = CueClass.None;
        for (var c = 0; c < sentence.Clauses.Length; c++)
        {
            if (c == clauseIndex)
            {
                continue;
            }

            for (var t = sentence.Clauses[c].Start; t < sentence.Clauses[c].End; t++)
            {
                if (tokens[t].IsWord)
                {
                    var cls = _cues.Classify(tokens[t].Lower);
                    sentenceCues |= c < clauseIndex ? cls : cls & ~CueClass.Announce;
                }
            }
        }

        if ((cues & CueClass.Postponed) != 0)
        {
            return Modality.Postponed;
        }

        if ((cues & CueClass.Negated) != 0)
        {
            return Modality.Negated;
        }

        if (HasConditional(sentence, clause, IsCommunication(match) ? match.Head : clause.End) || IsPendingUntil(sentence, clause, match))
        {
            return Modality.Hypothetical;
        }

        var future = _language == Language.German && !passive && (cues & CueClass.Passive) != 0 && HasFutureWerden(sentence, clause);
        var plannedBefore = match.Head > 0
            && (_cues.Is(tokens[match.Head - 1].Lower, CueClass.PlannedPreposition)
                || (match.Head > 1 && _cues.Is(tokens[match.Head - 2].Lower, CueClass.PlannedPreposition)));
        if (_language == Language.German && IsReportativeSollen(sentence, clause))
        {
            // "sollen ... eingesetzt haben": hearsay about the past, not a plan.
            return Modality.Reported;
        }

        var infinitive = HasInfinitiveMarker(sentence, clause, match.Head);
        if ((cues & CueClass.Planned) != 0 || future || plannedBefore
            || ((cues & CueClass.Announce) != 0 && infinitive)
            || ((sentenceCues & CueClass.Announce) != 0 && clauseIndex > 0 && infinitive))
        {
            return Modality.Planned;
        }

        if ((cues & CueClass.Hypothetical) != 0 && IsReportedFuture(sentence, clause, match))
        {
            // "He added that the ceremony would still be held", "sagte, das Treffen würde am Montag stattfinden": the
            // future of reported speech is a plan, not a condition.
            return Modality.Planned;
        }

        if ((cues & CueClass.Hypothetical) != 0)
        {
            return Modality.Hypothetical;
        }

        if ((cues & CueClass.Reported) != 0 || clause.Quoted || ((sentenceCues & (CueClass.Speech | CueClass.Reported)) != 0))
        {
            return Modality.Reported;
        }

        return Modality.Asserted;
    }

    private static bool IsReportativeSollen(SentenceAnalysis sentence, Clause clause)
    {
        var sollen = false;
        var perfect = false;
        for (var t = clause.Start; t < clause.End; t++)
        {
            var lower = sentence.Tokens[t].Lower;
            sollen |= lower is "soll" or "sollen" or "solle";
            perfect |= lower is "haben" or "sein" or "worden";
        }

        return sollen && perfect;
    }

    /// <summary>Whether the trigger is an infinitive with "zu"/"to" or stands with a modal ("wolle ... helfen").</summary>
    private bool HasInfinitiveMarker(SentenceAnalysis sentence, Clause clause, int head)
    {
        for (var t = Math.Max(clause.Start, head - 3); t < Math.Min(clause.End, head + 3); t++)
        {
            var lower = sentence.Tokens[t].Lower;
            if (lower == "to" && _language == Language.English && t < head && !IsInfinitiveTo(sentence, t, head))
            {
                // "to investigate who shot down": the "to" belongs to another verb.
                continue;
            }

            if (lower is "zu" or "to" || _cues.Is(lower, CueClass.Planned) || sentence.Tokens[head].Lower.Contains("zu", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the clause's only hypothetical cue is "would"/"würde" and a speech or announcement verb of the
    /// sentence stands before it, with no condition anywhere in the sentence ("if", "in case", "wenn", "falls").</summary>
    private bool IsReportedFuture(SentenceAnalysis sentence, Clause clause, TriggerMatch match)
    {
        var tokens = sentence.Tokens;
        var would = -1;
        var end = _language == Language.English ? Math.Min(clause.End, match.Head) : clause.End;
        for (var t = clause.Start; t < end; t++)
        {
            if (!tokens[t].IsWord || match.Tokens.Contains(t) || !_cues.Is(tokens[t].Lower, CueClass.Hypothetical))
            {
                continue;
            }

            if (tokens[t].Lower is not ("would" or "würde" or "würden"))
            {
                return false;
            }

            would = would < 0 ? t : would;
        }

        if (would < 0)
        {
            return false;
        }

        var speech = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var lower = tokens[t].Lower;
            if (lower is "if" or "unless" or "case" or "wenn" or "falls" or "sofern")
            {
                return false;
            }

            speech |= t < would && tokens[t].IsWord && (_cues.Is(lower, CueClass.Speech) || _cues.Is(lower, CueClass.Announce) || lower is "added" or "fügte");
        }

        return speech;
    }

    /// <summary>English "until" + a present verb ("must hold off until Annan visits Baghdad"): the act has not happened; it
    /// is the condition of another. A past form ("until he was arrested", "until they met") happened.</summary>
    private bool IsPendingUntil(SentenceAnalysis sentence, Clause clause, TriggerMatch match)
    {
        if (_language != Language.English || sentence.Tokens[match.Head].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        for (var t = match.Head - 1; t >= clause.Start && t >= match.Head - 8; t--)
        {
            var lower = sentence.Tokens[t].Lower;
            if (_cues.Is(lower, CueClass.Past) || lower is "did" or "has" or "have")
            {
                return false;
            }

            if (lower is "until" or "till")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>English "to" that marks the trigger as an infinitive: right before it, or before an adverb in -ly.</summary>
    private static bool IsInfinitiveTo(SentenceAnalysis sentence, int to, int head) =>
        to == head - 1 || (to == head - 2 && sentence.Tokens[head - 1].Lower.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>Cue words that are none here: "not only", "not just", "not merely" (a focus on what follows, no negation);
    /// "set" without "to" ("set up a panel"; "is set to meet" is a plan).</summary>
    private static bool IsNoCue(ImmutableArray<Token> tokens, int t) =>
        (tokens[t].Lower == "not" && t + 1 < tokens.Length && tokens[t + 1].Lower is "only" or "just" or "merely")
        || (tokens[t].Lower == "set" && !(t + 1 < tokens.Length && tokens[t + 1].Lower == "to"));

    /// <summary>English warnings, demands and accusations: a condition after the verb belongs to what is said ("warning
    /// Iraq of strikes if it does not back down"), not to the saying.</summary>
    private bool IsCommunication(TriggerMatch match) =>
        _language == Language.English && match.Entry.Type is EventType.Threaten or EventType.Request or EventType.Accuse;

    /// <summary>Whether the trigger stands inside a condition: a conditional conjunction ("if", "unless", "in case",
    /// "wenn", "falls", "sofern") opens the part of its clause before it ("in case they need to evacuate", "if Israel is
    /// asked"). A condition after the trigger ("sanctions if Russia invades") qualifies the event instead.</summary>
    public static bool IsInsideCondition(SentenceAnalysis sentence, Clause clause, TriggerMatch match)
    {
        var tokens = sentence.Tokens;
        for (var t = clause.Start; t < match.Head; t++)
        {
            if (IsConditionalConjunction(tokens[t].Lower) || (tokens[t].Lower == "case" && t > clause.Start && tokens[t - 1].Lower == "in"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A conditional clause ("wenn", "falls", "if") before <paramref name="end"/>: hypothetical even with a modal verb.</summary>
    private static bool HasConditional(SentenceAnalysis sentence, Clause clause, int end)
    {
        for (var t = clause.Start; t < Math.Min(clause.End, end); t++)
        {
            if (IsConditionalConjunction(sentence.Tokens[t].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConditionalConjunction(string lower) => lower is "wenn" or "falls" or "sofern" or "if" or "unless";

    /// <summary>German "werden" + infinitive: a future, not a passive (the caller knows the trigger is no participle).</summary>
    private bool HasFutureWerden(SentenceAnalysis sentence, Clause clause)
    {
        for (var t = clause.Start; t < clause.End; t++)
        {
            if (sentence.Tokens[t].Lower is "werden" or "wird" or "werde")
            {
                return true;
            }
        }

        return false;
    }
}
