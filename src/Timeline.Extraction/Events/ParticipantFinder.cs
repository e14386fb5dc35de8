using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events;

/// <summary>Reads the source, target and location of a trigger from the actor noun phrases of its clause, by the
/// trigger's <see cref="TriggerFrame"/> and word-order heuristics (German: subject = first bare phrase of the clause;
/// English: the bare phrase nearest before the verb), falling back to the sentence's main clause.</summary>
internal sealed class ParticipantFinder
{
    private const int NominalWindow = 8;

    /// <summary>Arguments are looked for at most this many tokens from the trigger (clauses without punctuation).</summary>
    private const int ArgumentWindow = 25;
    private readonly Language _language;
    private readonly CueLexicon _cues;

    public ParticipantFinder(Language language, CueLexicon cues) => (_language, _cues) = (language, cues);

    /// <summary>Finds the participants of a trigger; <paramref name="objectOfVerb"/>: a nominal trigger that is the
    /// object of another trigger's verb ("condemned the bombing"), whose subject is then not its source.</summary>
    public ParticipantSlots Find(string text, SentenceAnalysis sentence, int clauseIndex, TriggerMatch match, bool passive, bool objectOfVerb = false)
    {
        var clause = sentence.Clauses[clauseIndex];
        var groups = sentence.Groups;
        var entry = match.Entry;
        var sources = new List<ActorGroup>();
        var targets = new List<ActorGroup>();
        var pronoun = false;
        var settled = false;

        // A verbal entry used as the noun object of another verb ("rejected the demands of X") reads like a nominal one.
        switch (objectOfVerb ? TriggerFrame.Np : entry.Frame)
        {
            case TriggerFrame.Np:
                FindNominal(text, sentence, clause, match, sources, targets, objectOfVerb);
                break;
            case TriggerFrame.Recv:
                targets.AddRange(Subjects(sentence, clause, match.Head));
                sources.AddRange(Coordinated(groups, groups.FirstOrDefault(g => clause.Contains(g.First)
                    && (g.Governor == GroupGovernor.Genitive || (g.Governor == GroupGovernor.Preposition && _cues.Is(g.Preposition!, CueClass.Agent))))));
                break;
            case TriggerFrame.Force:
                FindForce(text, sentence, clause, match, sources, targets, passive);
                break;
            default:
                if (passive)
                {
                    targets.AddRange(Subjects(sentence, clause, match.Head));
                    sources.AddRange(Coordinated(groups, groups.FirstOrDefault(g => clause.Contains(g.First)
                        && g.Governor == GroupGovernor.Preposition && _cues.Is(g.Preposition!, CueClass.Agent))));
                }
                else
                {
                    var subjects = Subjects(sentence, clause, match.Head);
                    if (_language == Language.English && subjects.Count == 0 && entry.Type is not (EventType.Statement or EventType.Occurrence)
                        && groups.LastOrDefault(g => clause.Contains(g.First) && g.Last < match.Head && g.Last >= match.Head - 3 && g.CoordinatedWith < 0
                            && g.Governor == GroupGovernor.Preposition && g.Preposition is "after" or "before" && IsNounBeforeVerb(sentence, g.Last, match.Head)) is { } conjunct)
                    {
                        // "after the Hungarian parliament ratified": "after" and "before" open a clause here, whose subject
                        // the phrase is.
                        subjects = Coordinated(groups, conjunct);
                    }

                    if (subjects.Count == 0 && groups.FirstOrDefault(g => clause.Contains(g.First) && g.Last < match.Head + (_language == Language.German ? ArgumentWindow : 0)
                        && g.Governor == GroupGovernor.Preposition && g.Preposition is "mit" or "with" && g.PrepositionToken > 0
                        && sentence.Tokens[g.PrepositionToken - 1].Lower is "gemeinsam" or "zusammen" or "together") is { } partner)
                    {
                        // "Gemeinsam mit Pfarrer Franz Künig rufen Pfarrei und Gemeinde auf", "together with X, the group
                        // demanded": the named partner acts with an unnamed subject.
                        subjects = Coordinated(groups, partner);
                    }

                    if (_language == Language.English && entry.Frame == TriggerFrame.Sym)
                    {
                        // "Mr Straw and his Spanish counterpart Miguel Moratinos agreed": every bare phrase before the verb.
                        subjects = [.. groups.Where(g => clause.Contains(g.First) && g.Last < match.Head && g.Governor == GroupGovernor.None)];
                    }

                    if (_language == Language.English && FromPhrase(sentence, clause, match) is { } from)
                    {
                        // "glossed over warnings from Moscow", "demands from the opposition": the noun's from-phrase names
                        // who warns or demands, not the clause's subject.
                        settled = true;
                        subjects = Coordinated(groups, from);
                    }
                    else if (_language == Language.German && subjects.Count > 0 && HasPronounBefore(sentence, clause, subjects[0].First))
                    {
                        // "wolle man Litauen helfen": the pronoun is the subject, the actor the object.
                        pronoun = true;
                        subjects = [];
                    }
                    else if (_language == Language.German && subjects.Count > 0 && IsZuInfinitiveClause(sentence, clause, subjects[0].First))
                    {
                        // "kündigte an, das Land finanziell unterstützen zu wollen": a zu-infinitive has no subject of its own;
                        // its phrases are objects, and the one who acts is the subject of the clause it depends on.
                        var governing = groups.FirstOrDefault(g => g.Last < clause.Start && g.Governor == GroupGovernor.None && g.HeadKind != ActorKind.Location);
                        settled = governing is not null;
                        pronoun = governing is null;
                        subjects = governing is null ? [] : Coordinated(groups, governing);
                    }
                    else if (RelativeAntecedent(sentence, clauseIndex) is { } relative)
                    {
                        // "die der Hamas ... vorwerfen": the relative pronoun is the subject; its antecedent, if an actor, the source.
                        settled = true;
                        subjects = relative.Count > 0 ? relative : [];
                    }
                    else if (OwnerOfSubjectNoun(text, sentence, clause, match.Head) is { } owner && !SpeechBetween(sentence, owner.Last, match.Head))
                    {
                        // "Die Regierung in Libyen", "Officials from China": the institution's owner acts.
                        settled = true;
                        subjects = Coordinated(groups, owner);
                    }
                    else if (_language == Language.German && subjects.Count > 0 && HasNonActorSubject(text, sentence, clause, subjects[0], match.Head))
                    {
                        // "Das Militär des Landes drohte Südkorea": a subject without an actor; the actor is the object.
                        settled = true;
                        subjects = [];
                    }

                    if (_language == Language.English && subjects.Count == 0 && HasRelativeBetween(sentence, clause.Start - 1, match.Head))
                    {
                        // "the one ally who has backed his threat": the relative pronoun is the subject; it names no actor.
                        settled = true;
                    }

                    sources.AddRange(subjects);
                    targets.AddRange(Objects(text, sentence, clause, match, subjects));
                }

                if (targets.Count == 0 || entry.Frame == TriggerFrame.Sym)
                {
                    var prepositions = entry.Frame == TriggerFrame.Sym
                        ? entry.TargetPrepositions.Add(_language == Language.German ? "zwischen" : "between")
                        : entry.TargetPrepositions;
                    // English: a prepositional phrase before the verb belongs to a noun there ("a debate between X and Y was
                    // cancelled when no format could be agreed"). The object finder may have taken the same "mit" phrase
                    // already ("Dort will sie mit X sprechen"): once only.
                    targets.AddRange(Coordinated(groups, groups.FirstOrDefault(g => clause.Contains(g.First)
                        && g.Governor == GroupGovernor.Preposition && g.CoordinatedWith < 0 && prepositions.Contains(g.Preposition!)
                        && (_language != Language.English || g.First > match.Head)))
                        .Where(g => !targets.Contains(g)).ToList());
                }

                if (entry.Frame == TriggerFrame.Sym && entry.Type == EventType.Agree && !passive && sources.Count > 0
                    && JoinedOrganisation(sentence, match) is { } joined && !sources.Contains(joined))
                {
                    // "The presidents of Poland and the Czech Republic signed papers of accession ... to become members of
                    // NATO": the signatories act together; the organisation they join is the target.
                    targets.Clear();
                    targets.Add(joined);
                }
                else if (entry.Frame == TriggerFrame.Sym && sources.Count > 1)
                {
                    targets.InsertRange(0, sources.Skip(1));
                    sources.RemoveRange(1, sources.Count - 1);
                }

                if (sources.Count == 0 && targets.Count > 1 && entry.Frame == TriggerFrame.Sym)
                {
                    sources.Add(targets[0]);
                    targets.RemoveAt(0);
                }

                if (sources.Count == 0 && !passive && !settled && clauseIndex + 1 < sentence.Clauses.Length && clause.End > match.Head
                    && IsApposition(sentence, sentence.Clauses[clauseIndex + 1])
                    && groups.FirstOrDefault(g => sentence.Clauses[clauseIndex + 1].Contains(g.First)) is { HeadKind: ActorKind.Person } named
                    && !groups.Any(g => clause.Contains(g.First) && g.Governor == GroupGovernor.None))
                {
                    // "Das fordert der Landtagsabgeordnete der Partei, Sven Knoll, in einem Brief": the subject noun's
                    // apposition names it.
                    sources.Add(named);
                }

                if (sources.Count == 0 && !passive && !settled)
                {
                    pronoun = pronoun || HasPronounSubject(sentence, clause, match.Head);
                    if (!pronoun)
                    {
                        sources.AddRange(MainClauseSubjects(text, sentence, clauseIndex));
                    }
                }

                if (targets.Count == 0 && !passive && entry.Type == EventType.Accuse && AccusedAgent(sentence, match) is { } accused)
                {
                    // "allege the attacks were plotted by Osama bin Laden": the agent of the alleged act is the accused.
                    targets.AddRange(Coordinated(groups, accused));
                }

                if (targets.Count == 0 && !passive && clauseIndex > 0 && IsRelativeClause(sentence, clause))
                {
                    var previous = sentence.Clauses[clauseIndex - 1];
                    var previousSubjects = Subjects(sentence, previous, previous.End);
                    targets.AddRange(Objects(text, sentence, previous, null, previousSubjects));
                }

                break;
        }

        foreach (var anti in sources.Where(g => sentence.Tokens[g.First].Lower.StartsWith("anti", StringComparison.Ordinal)).ToList())
        {
            // "anti-French demonstrations": the actor is the target.
            sources.Remove(anti);
            targets.Add(anti);
        }

        foreach (var owner in sources.Where(g => OwnsFollowers(sentence, g)).ToList())
        {
            // "General Abacha's supporters began a rally", "Erdogans Anhänger protestierten": the followers act; their
            // leader is what the act is about.
            sources.Remove(owner);
            if (targets.Count == 0)
            {
                targets.Add(owner);
            }
        }

        sources.RemoveAll(g => g.Preposition is "zufolge" or "laut" or "according");

        // A town or region does not act ("in Nairobi, Kenya, killed"); capitals standing for governments are mapped to
        // their country by the actor layer.
        sources.RemoveAll(g => g.HeadKind == ActorKind.Location);
        targets.RemoveAll(g => g.Preposition is "zufolge" or "laut" or "according");
        var sourceIds = Distinct(sources);
        var targetIds = Distinct(targets, except: sourceIds);
        var locations = entry.Type is EventType.Mobilize or EventType.Assault or EventType.Protest or EventType.Retreat or EventType.Consult
            ? Locations(sentence, clause, match.Head, sources, targets, sourceIds, targetIds)
            : [];
        return new ParticipantSlots(sourceIds, targetIds, locations, pronoun)
        {
            PersonalPronoun = pronoun && HasPersonalPronoun(sentence, clause),
            SourceIsPerson = sources.Count > 0 && sources[0].HeadKind == ActorKind.Person,
        };
    }

    private void FindNominal(string text, SentenceAnalysis sentence, Clause clause, TriggerMatch match, List<ActorGroup> sources, List<ActorGroup> targets, bool objectOfVerb)
    {
        var groups = sentence.Groups;
        var head = match.Head;
        var possessor = Possessor(text, sentence, head);
        if (possessor is not null && _language == Language.English && possessor.HeadKind is ActorKind.Country or ActorKind.Location
            && possessor.Mentions.FirstOrDefault(m => m.Kind == ActorKind.Organization) is { } organisation)
        {
            // "the NATO Washington summit": the organisation meets; the city is where.
            possessor = possessor with { Head = organisation.Actor, HeadKind = ActorKind.Organization };
        }

        if (possessor is not null && match.Entry.Type == EventType.Assault && IsPlaceNamingAttack(sentence, possessor, head))
        {
            // "the Kenya bombing", "the Nairobi attack": the country's name (not its adjective) before the attack is where
            // it happened, not who did it.
            possessor = null;
        }
        // "the bombing of the embassy", "die Ausweisung des Pakistaners", "die Freilassung des Oppositionellen": the
        // genitive names whom the act is done to.
        var objectGenitive = (_language == Language.English && match.Entry.Type is EventType.Assault)
            || match.Entry.Type is EventType.Sanction or EventType.Coerce || (match.Entry.Type == EventType.Concede && match.Entry.Mode == "release");
        if (possessor is not null && sentence.Tokens[possessor.First].Lower.StartsWith("anti", StringComparison.Ordinal))
        {
            // "anti-French demonstrations": the actor is the target.
            targets.Add(possessor);
        }
        else if (possessor is not null)
        {
            sources.Add(possessor);
        }
        else
        {
            // "the bombing of the embassy", "killings of civilians": in English the of-phrase of an attack is its target.
            var genitive = objectGenitive ? null : groups.FirstOrDefault(g => g.Governor == GroupGovernor.Genitive && g.GenitiveOf == head && g.CoordinatedWith < 0);
            genitive ??= groups.FirstOrDefault(g => g.First > head && g.First <= head + NominalWindow && clause.Contains(g.First)
                    && g.Governor == GroupGovernor.Preposition && (g.Preposition == "by" || (g.Preposition == "from" && g.PrepositionToken == head + 1)));
            sources.AddRange(Coordinated(groups, genitive));
        }

        if (objectGenitive && groups.FirstOrDefault(g => g.Governor == GroupGovernor.Genitive && g.GenitiveOf == head && g.CoordinatedWith < 0) is { } attacked)
        {
            targets.AddRange(Coordinated(groups, attacked));
        }

        if (sources.Count == 0 && !objectOfVerb && (!InPrepositionalPhrase(text, sentence, clause, head) || match.Entry.Type == EventType.Consult)
            && !IsGenitiveAttribute(text, sentence, head))
        {
            // "verschärfte seine Sanktionen", "bei einem Gespräch mit": the clause's subject acts.
            sources.AddRange(Subjects(sentence, clause, head).Where(g => g.Last < head || g.First > head));
        }

        if (sources.Count == 0 && _language == Language.English && match.Entry.Type == EventType.Consult && sentence.Clauses.Length > 1
            && clause.Start == sentence.Clauses[0].Start && _cues.Is(sentence.Tokens[clause.Start].Lower, CueClass.Preposition))
        {
            // "At a news conference with X in Jerusalem, Mr. Netanyahu suggested": the fronted phrase's meeting is the main
            // clause's subject's.
            var main = sentence.Clauses[1];
            sources.AddRange(Coordinated(groups, groups.FirstOrDefault(g => main.Contains(g.First) && g.First - main.Start <= 3
                && g.Governor == GroupGovernor.None && g.CoordinatedWith < 0)));
        }

        if (targets.Count == 0 && _language == Language.English && sentence.Tokens[match.Last].Lower.EndsWith("ing", StringComparison.Ordinal)
            && match.Entry.Frame == TriggerFrame.Svo
            && groups.FirstOrDefault(g => g.First == match.Last + 1 && g.Governor == GroupGovernor.None && clause.Contains(g.First)) is { } gerundObject)
        {
            // "alone in warning Iraq of strikes": a gerund after a preposition keeps its verb's object.
            targets.AddRange(Coordinated(groups, gerundObject));
            return;
        }

        var between = _language == Language.German ? "zwischen" : "between";
        var target = groups.FirstOrDefault(g => g.First > head && g.First <= head + NominalWindow && clause.Contains(g.First)
            && g.Governor == GroupGovernor.Preposition && g.CoordinatedWith < 0
            && (match.Entry.TargetPrepositions.Contains(g.Preposition!) || g.Preposition == between));
        target ??= groups.FirstOrDefault(g => g.First > head && g.First <= head + NominalWindow && clause.Contains(g.First)
            && g.Governor == GroupGovernor.Genitive && g.GenitiveOf > head && g.First > g.GenitiveOf
            && HasTargetPreposition(sentence, match, head + 1, g.GenitiveOf + 1));
        var found = targets.Count > 0 ? [] : Coordinated(groups, target);
        if (target?.Preposition == between && sources.Count == 0 && found.Count > 0)
        {
            sources.Add(found[0]);
            found.RemoveAt(0);
        }

        targets.AddRange(found);
    }

    private void FindForce(string text, SentenceAnalysis sentence, Clause clause, TriggerMatch match, List<ActorGroup> sources, List<ActorGroup> targets, bool passive)
    {
        var tokens = sentence.Tokens;
        var groups = sentence.Groups;
        for (var t = clause.Start; t < clause.End && sources.Count == 0; t++)
        {
            if (!tokens[t].IsWord || !IsForceNoun(tokens[t].Lower))
            {
                continue;
            }

            var owner = Possessor(text, sentence, t)
                ?? groups.FirstOrDefault(g => g.First > t && g.First <= t + 3 && g.Governor == GroupGovernor.Preposition
                    && IsOwnerPreposition(g.Preposition!, match.Entry) && g.HeadKind == ActorKind.Country);
            if (owner is not null)
            {
                sources.Add(owner);
            }
        }

        if (sources.Count == 0)
        {
            sources.AddRange(Coordinated(groups, groups.FirstOrDefault(g => g.Governor == GroupGovernor.Genitive && g.GenitiveOf == match.Head && g.CoordinatedWith < 0)));
        }

        if (sources.Count == 0)
        {
            var subjects = passive ? [] : Subjects(sentence, clause, match.Head);
            sources.AddRange(subjects.Where(g => g.HeadKind != ActorKind.Location));
        }

        if (sources.Count == 0)
        {
            // "Auf Bidens Anordnung": the one who gave the order.
            for (var t = clause.Start; t < clause.End && sources.Count == 0; t++)
            {
                if (tokens[t].IsWord && _cues.Is(tokens[t].Lower, CueClass.Order) && Possessor(text, sentence, t) is { } orderer)
                {
                    sources.Add(orderer);
                }
            }
        }

        targets.AddRange(Coordinated(groups, groups.FirstOrDefault(g => clause.Contains(g.First) && g.First > match.Head - 6
            && g.Governor == GroupGovernor.Preposition && g.CoordinatedWith < 0 && match.Entry.TargetPrepositions.Contains(g.Preposition!)
            && !sources.Contains(g))));
    }

    // "Truppen aus Russland" name their owner; "Truppen in Belarus" too, unless "in" is where the trigger sends them
    // ("verlegte Truppen in die Region").
    private static bool IsOwnerPreposition(string preposition, TriggerEntry entry) =>
        preposition is "aus" or "from" || (preposition == "in" && !entry.TargetPrepositions.Contains(preposition));

    private bool IsForceNoun(string lower) =>
        _cues.Is(lower, CueClass.Force) || lower.EndsWith("truppen", StringComparison.Ordinal)
        || lower.EndsWith("soldaten", StringComparison.Ordinal) || lower.EndsWith("streitkräfte", StringComparison.Ordinal)
        || lower.EndsWith("-troops", StringComparison.Ordinal);

    /// <summary>An actor phrase right before a noun ("russischer Truppenaufmarsch", "Johnsons Telefonat", "Russia's
    /// troops") or inside the noun's own token ("US-Soldaten").</summary>
    private ActorGroup? Possessor(string text, SentenceAnalysis sentence, int noun)
    {
        var groups = sentence.Groups;
        var tokens = sentence.Tokens;
        foreach (var group in groups)
        {
            if (group.First <= noun && group.Last >= noun)
            {
                // A mention inside the noun's token: a compound such as "US-Soldaten".
                return group.Mentions.Any(m => m.Span.End < tokens[noun].Span.End) ? group : null;
            }
        }

        var before = noun - 1;
        var skipped = 0;
        while (before >= 0 && skipped < 2 && tokens[before].IsWord && !tokens[before].IsCapitalized(text)
            && (_cues.Classify(tokens[before].Lower) & (CueClass.Determiner | CueClass.Preposition | CueClass.Coordination)) == 0
            && !groups.Any(g => g.Last == before))
        {
            before--;
            skipped++;
        }

        var candidate = groups.FirstOrDefault(g => g.Last == before);
        if (candidate is null)
        {
            return null;
        }

        // A bare phrase before a verb-second noun is a subject, not a possessor: require an adjective or genitive form.
        var mentionText = candidate.Mentions[^1].Text;
        var possessive = _language == Language.English || mentionText.EndsWith('s') || mentionText.EndsWith("'s", StringComparison.Ordinal)
            || char.IsLower(mentionText[0]) || tokens[candidate.Last].Lower.EndsWith("'s", StringComparison.Ordinal)
            || candidate.HeadKind == ActorKind.Country && _language == Language.English;
        return possessive ? candidate : null;
    }

    /// <summary>The subject phrases of a clause (with their coordinated phrases).</summary>
    private List<ActorGroup> Subjects(SentenceAnalysis sentence, Clause clause, int head)
    {
        var groups = sentence.Groups;
        ActorGroup? subject = null;
        if (_language == Language.German)
        {
            // A loop, not LINQ: a lambda capturing the clause would allocate a closure on every call.
            foreach (var g in groups)
            {
                if (clause.Contains(g.First) && g.First >= head - ArgumentWindow && g.Governor == GroupGovernor.None && g.CoordinatedWith < 0)
                {
                    subject = g;
                    break;
                }
            }
        }
        else
        {
            foreach (var g in groups)
            {
                if (clause.Contains(g.First) && g.Last < head && g.Governor == GroupGovernor.None
                    && !HasRelativeBetween(sentence, g.Last, head) && !InPrepositionalChain(groups, g))
                {
                    subject = g;
                }
            }

            while (subject is { CoordinatedWith: >= 0 })
            {
                subject = groups[subject.CoordinatedWith];
            }
        }

        return Coordinated(groups, subject);
    }

    /// <summary>English: a relative pronoun or complementizer between a phrase and the verb ("the blasts which killed",
    /// "warned that ... attacked") makes another noun the verb's subject.</summary>
    private static bool HasRelativeBetween(SentenceAnalysis sentence, int from, int head)
    {
        for (var t = from + 1; t < head; t++)
        {
            var lower = sentence.Tokens[t].Lower;
            if (lower is "which" or "who" or "whom"
                || (lower == "that" && !(t + 1 < head && sentence.Tokens[t + 1].Lower is "it" or "he" or "she" or "they" or "we")))
            {
                // "announced that it would provide": the pronoun takes up the main subject, which stays the source.
                return true;
            }
        }

        return false;
    }

    /// <summary>A phrase coordinated with a prepositional phrase ("in Dar es Salaam, Tanzania, and Nairobi, Kenya") is
    /// part of it, not a subject.</summary>
    private static bool InPrepositionalChain(ImmutableArray<ActorGroup> groups, ActorGroup group)
    {
        var current = group;
        for (var steps = 0; current.CoordinatedWith >= 0 && steps < groups.Length; steps++)
        {
            current = groups[current.CoordinatedWith];
        }

        return current != group && current.Governor == GroupGovernor.Preposition;
    }

    /// <summary>English: a name followed by a lower-case content word modifies a noun ("discussed the Iraq crisis with")
    /// and is no partner of a consultation (possessives excepted).</summary>
    private bool IsNounModifier(string text, SentenceAnalysis sentence, ActorGroup group)
    {
        if (_language != Language.English || group.Last + 1 >= sentence.Tokens.Length
            || sentence.Tokens[group.Last].Lower.EndsWith("'s", StringComparison.Ordinal))
        {
            return false;
        }

        var next = sentence.Tokens[group.Last + 1];
        var lower = next.Lower;
        return next.IsWord && lower.Length > 2 && !next.IsCapitalized(text) && char.IsLetter(lower[0]) && !lower.EndsWith("ly", StringComparison.Ordinal)
            && !lower.EndsWith("ed", StringComparison.Ordinal) && lower is not ("and" or "or" or "but" or "to" or "that" or "who" or "which" or "was" or "were" or "is" or "are" or "has" or "have" or "had" or "will" or "would" or "said" or "says" or "last" or "next" or "this" or "today" or "yesterday")
            && (_cues.Classify(lower) & (CueClass.Preposition | CueClass.Determiner | CueClass.Coordination | CueClass.Pronoun | CueClass.Speech)) == 0;
    }

    /// <summary>The object phrases: the first bare phrase after the subject (German) or the verb (English); a phrase
    /// whose preposition belongs to the trigger ("called on Russia") counts as bare.</summary>
    private List<ActorGroup> Objects(string text, SentenceAnalysis sentence, Clause clause, TriggerMatch? match, List<ActorGroup> subjects)
    {
        var groups = sentence.Groups;
        var after = _language == Language.English && match is not null ? match.Head : (subjects.Count > 0 ? subjects[^1].Last : clause.Start - 1);
        var obj = groups.FirstOrDefault(g => clause.Contains(g.First) && g.First > after
            && (g.Governor == GroupGovernor.None || (match is not null && g.PrepositionToken >= 0 && match.Tokens.Contains(g.PrepositionToken)))
            && g.CoordinatedWith < 0 && !subjects.Contains(g) && (match is null || g.First <= match.Head + ArgumentWindow)
            && !(match?.Entry.Type == EventType.Consult && IsNounModifier(text, sentence, g)));
        if (obj is null && match is not null && _language == Language.German)
        {
            // "Es warf der Regierung von Präsidentin Park vor": an object noun without an actor names its owner.
            obj = groups.FirstOrDefault(g => clause.Contains(g.First) && g.First > after && g.CoordinatedWith < 0 && !subjects.Contains(g)
                && g.First <= match.Head + ArgumentWindow && IsOwnedByObjectNoun(text, sentence, clause, g, after));
        }

        if (obj is not null && match is not null && _language == Language.English && HasEmbeddedVerb(sentence, match.Last + 1, obj.First))
        {
            // "denied a report claiming he warned Michael Howard": the phrase belongs to a participle clause of the object.
            obj = null;
        }

        if (obj is not null && match is not null && _language == Language.English && StartsNewPredicate(sentence, match.Last + 1, obj.First))
        {
            // "condemned the attack and said the United States would ...": the phrase belongs to the second verb.
            obj = null;
        }

        if (_language == Language.English && match is not null && RoleObject(sentence, clause, match) is { } role && (obj is null || role.First < obj.First))
        {
            // "invited the foreign ministers of Poland": the object is a role noun; its of-phrase names the actor.
            obj = role;
        }

        return Coordinated(groups, obj);
    }

    /// <summary>English: "the" + a single country or place name written as a name (not an abbreviation such as "U.S.",
    /// "UK", not an adjective in -an, -ese, -ish, -i) right before the noun.</summary>
    private bool IsPlaceNamingAttack(SentenceAnalysis sentence, ActorGroup group, int head)
    {
        if (_language != Language.English || group.Mentions.Length != 1 || group.Last != head - 1 || group.First == 0
            || group.HeadKind is not (ActorKind.Country or ActorKind.Location) || sentence.Tokens[group.First - 1].Lower != "the")
        {
            return false;
        }

        var name = group.Mentions[0].Text;
        return name.Any(char.IsLower) && !name.Contains('.', StringComparison.Ordinal) && !name.EndsWith('s')
            && !name.EndsWith("an", StringComparison.Ordinal) && !name.EndsWith("ese", StringComparison.Ordinal)
            && !name.EndsWith("ish", StringComparison.Ordinal) && !name.EndsWith('i');
    }

    /// <summary>English: the phrase after "from" right behind a warning, demand, accusation or objection noun ("warnings
    /// from Moscow"; not "orders from airlines", where "from" names the other party).</summary>
    private static ActorGroup? FromPhrase(SentenceAnalysis sentence, Clause clause, TriggerMatch match)
    {
        var next = match.Last + 1;
        var word = sentence.Tokens[match.Head].Lower;
        if (next >= clause.End || sentence.Tokens[next].Lower != "from" || word.EndsWith("ed", StringComparison.Ordinal)
            || match.Entry.Type is not (EventType.Threaten or EventType.Request or EventType.Accuse or EventType.Reject))
        {
            return null;
        }

        return sentence.Groups.FirstOrDefault(g => g.PrepositionToken == next && g.Governor == GroupGovernor.Preposition && clause.Contains(g.First));
    }

    /// <summary>German: a phrase that is the genitive or "von" phrase of a capitalized noun with an article, not at the
    /// start of the clause and not itself after a noun or preposition ("warf der Regierung von Präsidentin Park vor"; not
    /// "im Gebiet der Region Donbass").</summary>
    private bool IsOwnedByObjectNoun(string text, SentenceAnalysis sentence, Clause clause, ActorGroup group, int after)
    {
        var noun = group.Governor switch
        {
            GroupGovernor.Genitive => group.GenitiveOf,
            GroupGovernor.Preposition when group.Preposition == "von" => group.PrepositionToken - 1,
            _ => -1,
        };
        var tokens = sentence.Tokens;
        return noun - 1 > clause.Start && noun - 1 > after && tokens[noun].IsWord && tokens[noun].IsCapitalized(text)
            && tokens[noun - 1].Lower is "der" or "die" or "den" or "dem"
            && !(tokens[noun - 2].IsWord && (IsNounBefore(text, sentence, noun - 2, after) || _cues.Is(tokens[noun - 2].Lower, CueClass.Preposition)))
            && !sentence.InGroup(noun);
    }

    /// <summary>Whether a capitalized word before an object's article is a noun that could own it ("im Gebiet der Region"),
    /// not the subject's name ("Am Montag empfing Anna Berg den Präsidenten von X") or a day ("empfing am Montag den
    /// Präsidenten von X").</summary>
    private bool IsNounBefore(string text, SentenceAnalysis sentence, int token, int after) =>
        sentence.Tokens[token].IsCapitalized(text) && token > after && !_cues.Is(sentence.Tokens[token].Lower, CueClass.Calendar | CueClass.Weekday);

    /// <summary>English: the words between a phrase and the verb are at most two lower-case nouns ("after the Hungarian
    /// parliament ratified").</summary>
    private bool IsNounBeforeVerb(SentenceAnalysis sentence, int last, int head)
    {
        for (var t = last + 1; t < head; t++)
        {
            var lower = sentence.Tokens[t].Lower;
            if (!sentence.Tokens[t].IsWord || _cues.Classify(lower) != CueClass.None || lower.EndsWith("ed", StringComparison.Ordinal)
                || lower is "who" or "which" or "that")
            {
                return false;
            }
        }

        return !sentence.Tokens[head].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>The organisation joined in the sentence ("to become members of NATO", "accession to the EU", "Beitritt
    /// zur Nato", "Mitglied der EU").</summary>
    private static ActorGroup? JoinedOrganisation(SentenceAnalysis sentence, TriggerMatch match)
    {
        var tokens = sentence.Tokens;
        foreach (var group in sentence.Groups)
        {
            if (group.HeadKind != ActorKind.Organization || group.First <= match.Head)
            {
                continue;
            }

            for (var t = Math.Max(0, group.First - 3); t < group.First; t++)
            {
                var lower = tokens[t].Lower;
                if (lower.StartsWith("member", StringComparison.Ordinal) || lower.StartsWith("mitglied", StringComparison.Ordinal)
                    || lower.StartsWith("accession", StringComparison.Ordinal) || lower.StartsWith("beitritt", StringComparison.Ordinal)
                    || lower is "join" or "joining" or "beitreten")
                {
                    return group;
                }
            }
        }

        return null;
    }

    /// <summary>The agent phrase ("by X", "von X") of a passive after an accusation verb, in its complement.</summary>
    private ActorGroup? AccusedAgent(SentenceAnalysis sentence, TriggerMatch match)
    {
        var agent = sentence.Groups.FirstOrDefault(g => g.First > match.Head && g.First <= match.Head + ArgumentWindow
            && g.Governor == GroupGovernor.Preposition && _cues.Is(g.Preposition!, CueClass.Agent));
        if (agent is null)
        {
            return null;
        }

        for (var t = match.Head + 1; t < agent.PrepositionToken; t++)
        {
            if (_cues.Is(sentence.Tokens[t].Lower, CueClass.Passive))
            {
                return agent;
            }
        }

        return null;
    }

    /// <summary>English: "and said", "and announced" (a coordination, then a speech or announcement verb) between the
    /// verb and a phrase: a second predicate starts there.</summary>
    private bool StartsNewPredicate(SentenceAnalysis sentence, int from, int to)
    {
        var tokens = sentence.Tokens;
        for (var t = Math.Max(from, 0); t + 1 < to; t++)
        {
            if (_cues.Is(tokens[t].Lower, CueClass.Coordination) && (_cues.Classify(tokens[t + 1].Lower) & (CueClass.Speech | CueClass.Announce)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>English: a participle (-ing, -ed) after a noun between the verb and a phrase ("a report claiming he
    /// warned X"): the phrase is inside a clause of its own.</summary>
    private bool HasEmbeddedVerb(SentenceAnalysis sentence, int from, int to)
    {
        var tokens = sentence.Tokens;
        for (var t = Math.Max(from + 1, 1); t < to; t++)
        {
            var lower = tokens[t].Lower;
            if (tokens[t].IsWord && lower.Length > 5 && (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal))
                && tokens[t - 1].IsWord && t - 1 >= from && !_cues.Is(tokens[t - 1].Lower, CueClass.Determiner) && !_cues.Is(tokens[t - 1].Lower, CueClass.Preposition)
                && !sentence.InGroup(t - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>English: the actor of an object "the (adjectives) role-noun of X" right after the verb.</summary>
    private ActorGroup? RoleObject(SentenceAnalysis sentence, Clause clause, TriggerMatch match)
    {
        var tokens = sentence.Tokens;
        var t = match.Last + 1;
        if (t < clause.End && _cues.Is(tokens[t].Lower, CueClass.Determiner))
        {
            t++;
        }

        for (var words = 0; t + 1 < clause.End && words < 3 && tokens[t].IsWord && !_cues.Is(tokens[t].Lower, CueClass.Preposition); t++, words++)
        {
            if (tokens[t + 1].Lower == "of" && _cues.Is(tokens[t].Lower, CueClass.Role))
            {
                var of = t + 1;
                return sentence.Groups.FirstOrDefault(g => g.First > of && g.First <= of + 2 && g.Governor != GroupGovernor.None && clause.Contains(g.First));
            }

            if (sentence.InGroup(t))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the phrase owns a follower noun right after it ("Abacha's supporters", "Erdogans Anhänger").</summary>
    private bool OwnsFollowers(SentenceAnalysis sentence, ActorGroup group)
    {
        var next = group.Last + 1;
        if (next < sentence.Tokens.Length && sentence.Tokens[next].Lower is "'s" or "'" or "’s")
        {
            next++;
        }

        return next < sentence.Tokens.Length && sentence.Tokens[next].IsWord && _cues.Is(sentence.Tokens[next].Lower, CueClass.Follower);
    }

    private List<ActorGroup> MainClauseSubjects(string text, SentenceAnalysis sentence, int clauseIndex)
    {
        for (var c = clauseIndex - 1; c >= 0; c--)
        {
            var clause = sentence.Clauses[c];
            if (IsDatelineClause(text, sentence, clause))
            {
                continue;
            }

            var modifierFollows = c + 2 == clauseIndex && IsModifierClause(text, sentence, sentence.Clauses[c + 1]);
            if (modifierFollows && (c == 0 || IsDatelineClause(text, sentence, sentence.Clauses[c - 1])) && IsApposition(sentence, clause))
            {
                // "Turkey, worried about the Balkans, urged": a name opening the sentence, then a participle or noun
                // apposition, is the subject of the verb after it.
                return Coordinated(sentence.Groups, sentence.Groups.First(g => clause.Contains(g.First)));
            }

            if (modifierFollows && sentence.Groups.LastOrDefault(g => clause.Contains(g.First)) is { Governor: GroupGovernor.Preposition, Preposition: "after" or "before" } opener
                && opener.Last == clause.End - 1)
            {
                // "after Japan, one of the biggest lenders, signed up": "after" opens a clause whose subject the name is.
                return Coordinated(sentence.Groups, opener);
            }

            if (IsApposition(sentence, clause)
                && !sentence.Groups.Any(g => clause.Contains(g.First) && g.HeadKind == ActorKind.Person)
                && !(c + 1 < clauseIndex && IsRelativeClause(sentence, sentence.Clauses[c + 1])))
            {
                // "in the capital, Abuja, to urge him", "in Nairobi, Kenya, killed": a clause of nothing but place names is an
                // apposition or a list item, not the main clause. A person in apposition ("Der Außenminister der USA, Antony
                // Blinken, will ...") names the subject.
                continue;
            }

            var subjects = Subjects(sentence, clause, clause.End);
            if (_language == Language.English && subjects.Count > 0 && HasVerbBefore(sentence, clause, subjects[0].First))
            {
                // "a blast damaged the U.S. embassy, killing 40": the last phrase of the clause is its object.
                subjects = [];
            }

            if (subjects.Count > 0)
            {
                return subjects;
            }

            if (OwnerOfSubjectNoun(text, sentence, clause, clause.End) is { } owner)
            {
                // "police in the Comoros, off the coast, raided two homes": the earlier clause's institution noun is the
                // subject, and its owner acts.
                return Coordinated(sentence.Groups, owner);
            }
        }

        return [];
    }

    /// <summary>English: a finite-looking verb (said, told, past forms in -ed) before a phrase makes it an object.</summary>
    private bool HasVerbBefore(SentenceAnalysis sentence, Clause clause, int token)
    {
        for (var t = clause.Start; t < token; t++)
        {
            var lower = sentence.Tokens[t].Lower;
            if (sentence.Tokens[t].IsWord && (_cues.Is(lower, CueClass.Speech) || (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>English: a speech verb between a subject and the trigger ("Reports in Kenya said the bomb exploded"): the
    /// subject is the speaker's, not the trigger's.</summary>
    private bool SpeechBetween(SentenceAnalysis sentence, int from, int head)
    {
        if (_language != Language.English)
        {
            return false;
        }

        for (var t = from + 1; t < head; t++)
        {
            if (sentence.Tokens[t].IsWord && _cues.Is(sentence.Tokens[t].Lower, CueClass.Speech))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>English: a clause that modifies the phrase before it and names no subject: a participle ("worried about
    /// X", "backed by Y") or a noun phrase ("one of the biggest lenders", "a former colony").</summary>
    private bool IsModifierClause(string text, SentenceAnalysis sentence, Clause clause)
    {
        if (_language != Language.English || clause.End - clause.Start < 2 || !sentence.Tokens[clause.Start].IsWord
            || sentence.Tokens[clause.Start].IsCapitalized(text)
            || sentence.Groups.Any(g => clause.Contains(g.First) && g.Governor == GroupGovernor.None))
        {
            return false;
        }

        var first = sentence.Tokens[clause.Start].Lower;
        return first is "a" or "an" or "one" or "once" or "long" or "itself" or "the"
            || (first.Length > 4 && (first.EndsWith("ed", StringComparison.Ordinal) || first.EndsWith("ing", StringComparison.Ordinal))
                && !_cues.Is(first, CueClass.Speech) && !_cues.Is(first, CueClass.Announce));
    }

    /// <summary>A clause that is nothing but one actor phrase (with determiners): an apposition or a list item.</summary>
    private bool IsApposition(SentenceAnalysis sentence, Clause clause)
    {
        var words = 0;
        for (var t = clause.Start; t < clause.End; t++)
        {
            if (!sentence.Tokens[t].IsWord || _cues.Is(sentence.Tokens[t].Lower, CueClass.Determiner) || sentence.InGroup(t))
            {
                continue;
            }

            words++;
        }

        if (words > 0)
        {
            return false;
        }

        foreach (var g in sentence.Groups)
        {
            if (clause.Contains(g.First))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPronounSubject(SentenceAnalysis sentence, Clause clause, int head)
    {
        var end = _language == Language.German ? Math.Min(clause.End, head + 3) : head;
        for (var t = clause.Start; t < end; t++)
        {
            if (sentence.Tokens[t].IsWord && _cues.Is(sentence.Tokens[t].Lower, CueClass.Pronoun))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>For a clause opened by a relative pronoun as subject ("die der Hamas vorwerfen", ", which accused X"),
    /// the antecedent actor phrases (possibly none); null when the clause is no such relative clause.</summary>
    private List<ActorGroup>? RelativeAntecedent(SentenceAnalysis sentence, int clauseIndex)
    {
        var clause = sentence.Clauses[clauseIndex];
        var tokens = sentence.Tokens;
        if (clauseIndex == 0 || clause.End - clause.Start < 2)
        {
            return null;
        }

        var first = tokens[clause.Start].Lower;
        var isRelative = _language == Language.German
            ? first is "die" or "der" or "das" or "welche" or "welcher" && _cues.Is(tokens[clause.Start + 1].Lower, CueClass.Determiner)
            : first is "who" or "which" or "that";
        if (!isRelative)
        {
            return null;
        }

        var previous = sentence.Clauses[clauseIndex - 1];
        var antecedent = sentence.Groups.LastOrDefault(g => previous.Contains(g.First) && g.Last >= previous.End - 2);
        if (antecedent is { Governor: GroupGovernor.Preposition } && _cues.Is(antecedent.Preposition!, CueClass.Location))
        {
            // "an official in Nairobi, who refused": the place belongs to a noun before it, which the pronoun refers to.
            return [];
        }

        return antecedent is null ? [] : Coordinated(sentence.Groups, antecedent);
    }

    /// <summary>The actor owning a clause-initial institution noun: "Die Regierung in Libyen", "Die Führung Chinas",
    /// "Officials from the People's Republic of China".</summary>
    private ActorGroup? OwnerOfSubjectNoun(string text, SentenceAnalysis sentence, Clause clause, int head)
    {
        var tokens = sentence.Tokens;
        var start = clause.Start;
        if (start < clause.End && _cues.Is(tokens[start].Lower, CueClass.Determiner))
        {
            start++;
        }

        var noun = start;
        while (start < clause.End && start < head && tokens[start].IsWord && char.IsLower(text[tokens[start].Span.Begin]) && start - clause.Start <= 3
            && !(_language == Language.English && _cues.Is(tokens[start].Lower, CueClass.Preposition)))
        {
            start++;
        }

        if (_language == Language.English && start > noun && start < clause.End && _cues.Is(tokens[start].Lower, CueClass.Preposition)
            && !(tokens[start - 1].Lower.Length > 4 && tokens[start - 1].Lower.EndsWith("ed", StringComparison.Ordinal)))
        {
            // "the police in the Comoros", "officials from China": English nouns are lower case; the noun is the word
            // before the preposition.
            start--;
        }

        if (start >= clause.End || start >= head || !tokens[start].IsWord || sentence.InGroup(start))
        {
            return null;
        }

        return sentence.Groups.FirstOrDefault(g => g.First > start && g.First <= start + 4 && g.Last < head && g.CoordinatedWith < 0
            && ((g.Governor == GroupGovernor.Genitive && g.GenitiveOf == start)
                || (g.Governor == GroupGovernor.Preposition && g.PrepositionToken == start + 1 && g.Preposition is "in" or "aus" or "from" or "of")));
    }

    /// <summary>Whether a German clause opens with a nominative noun phrase that names no actor ("Das Militär ...",
    /// "Die Regierung ...") before its first actor phrase.</summary>
    private bool HasNonActorSubject(string text, SentenceAnalysis sentence, Clause clause, ActorGroup firstActor, int head)
    {
        var tokens = sentence.Tokens;
        var start = clause.Start;
        if (start + 1 >= clause.End || tokens[start].Lower is not ("der" or "die" or "das" or "ein" or "eine"))
        {
            return false;
        }

        var noun = start + 1;
        while (noun < clause.End && noun - start <= 3 && tokens[noun].IsWord && !tokens[noun].IsCapitalized(text))
        {
            noun++;
        }

        // "Der SVP-Fraktionssprecher Ingo Dejaco": a title right before a person is part of the actor phrase.
        var title = noun + 1 == firstActor.First && firstActor.HeadKind == ActorKind.Person;
        return !title && noun < firstActor.First && noun < clause.End && head - noun <= 6 && tokens[noun].IsCapitalized(text)
            && !sentence.InGroup(noun);
    }

    /// <summary>Whether a nominal trigger stands in a prepositional phrase ("zum Auftakt", "in talks").</summary>
    private bool InPrepositionalPhrase(string text, SentenceAnalysis sentence, Clause clause, int head)
    {
        var tokens = sentence.Tokens;
        for (var t = head - 1; t >= clause.Start && t >= head - 4; t--)
        {
            if (!tokens[t].IsWord)
            {
                continue;
            }

            if (_cues.Is(tokens[t].Lower, CueClass.Preposition))
            {
                return true;
            }

            if (tokens[t].IsCapitalized(text) && !_cues.Is(tokens[t].Lower, CueClass.Determiner) && t != clause.Start)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a noun is the genitive attribute of the noun before it ("Auftakt der Sitzung").</summary>
    private bool IsGenitiveAttribute(string text, SentenceAnalysis sentence, int head)
    {
        var tokens = sentence.Tokens;
        var t = head - 1;
        while (t >= 0 && tokens[t].IsWord && !tokens[t].IsCapitalized(text) && !_cues.Is(tokens[t].Lower, CueClass.Determiner) && head - t <= 2)
        {
            t--;
        }

        return t > 0 && tokens[t].Lower is "der" or "des" or "of" && tokens[t - 1].IsWord && tokens[t - 1].IsCapitalized(text);
    }

    /// <summary>A dateline such as "Kiew –" or "Jerusalem/Ramallah –": a few capitalized words before a dash.</summary>
    private static bool IsDatelineClause(string text, SentenceAnalysis sentence, Clause clause)
    {
        if (!(clause.Start == 0 && clause.End - clause.Start <= 4
            && clause.End < sentence.Tokens.Length && sentence.Tokens[clause.End].Lower is "–" or "-" or "—"))
        {
            return false;
        }

        for (var t = clause.Start; t < clause.End; t++)
        {
            if (sentence.Tokens[t].IsWord && !sentence.Tokens[t].IsCapitalized(text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a token in <c>[from, to)</c> is one of the trigger's target prepositions.</summary>
    private static bool HasTargetPreposition(SentenceAnalysis sentence, TriggerMatch match, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (match.Entry.TargetPrepositions.Contains(sentence.Tokens[t].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPersonalPronoun(SentenceAnalysis sentence, Clause clause)
    {
        for (var t = clause.Start; t < clause.End; t++)
        {
            if (sentence.Tokens[t].Lower is "er" or "ich" or "he" or "she" or "i")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>German: whether a clause after a comma is a zu-infinitive ("…, das Land zu unterstützen", "…, Polen helfen
    /// zu wollen") whose phrase at <paramref name="token"/> stands before the "zu": then that phrase is no subject.</summary>
    private static bool IsZuInfinitiveClause(SentenceAnalysis sentence, Clause clause, int token)
    {
        var tokens = sentence.Tokens;
        if (clause.Start == 0 || tokens[clause.Start - 1].Lower != ",")
        {
            return false;
        }

        var last = clause.End - 1;
        while (last > clause.Start && !tokens[last].IsWord)
        {
            last--;
        }

        for (var t = last - 1; t > token && t >= last - 3; t--)
        {
            if (tokens[t].Lower == "zu")
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPronounBefore(SentenceAnalysis sentence, Clause clause, int token)
    {
        for (var t = clause.Start; t < token; t++)
        {
            // "Dort will sie Jonas Petraitis treffen": a pronoun before the named phrase is the subject.
            if (sentence.Tokens[t].Lower is "er" or "sie" or "man" or "ich" or "wir" or "es")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsRelativeClause(SentenceAnalysis sentence, Clause clause)
    {
        var t = clause.Start;
        if (t < clause.End && _cues.Is(sentence.Tokens[t].Lower, CueClass.Preposition))
        {
            t++;
        }

        return t < clause.End && sentence.Tokens[t].Lower is "der" or "die" or "das" or "dem" or "den" or "denen" or "which" or "who" or "that";
    }

    private ImmutableArray<ActorId> Locations(
        SentenceAnalysis sentence, Clause clause, int head, List<ActorGroup> sources, List<ActorGroup> targets,
        ImmutableArray<ActorId> sourceIds, ImmutableArray<ActorId> targetIds)
    {
        var result = new List<ActorId>();
        foreach (var group in sentence.Groups)
        {
            if (clause.Contains(group.First) && group.Governor == GroupGovernor.Preposition && !(group.First <= head && group.Last >= head)
                && group.HeadKind is ActorKind.Country or ActorKind.Location
                && (_cues.Is(group.Preposition!, CueClass.Location) || group.Preposition is "zur" or "zum")
                && !sources.Contains(group) && !targets.Contains(group)
                && !sourceIds.Contains(group.Head) && !targetIds.Contains(group.Head) && !result.Contains(group.Head))
            {
                result.Add(group.Head);
            }
        }

        return [.. result];
    }

    private static List<ActorGroup> Coordinated(ImmutableArray<ActorGroup> groups, ActorGroup? first)
    {
        var result = new List<ActorGroup>();
        if (first is null)
        {
            return result;
        }

        result.Add(first);
        var index = groups.IndexOf(first);
        for (var i = index + 1; i < groups.Length && groups[i].CoordinatedWith == i - 1 && result.Contains(groups[i - 1]); i++)
        {
            result.Add(groups[i]);
        }

        return result;
    }

    /// <summary>The groups' heads, each once, in order of first appearance, without those of <paramref name="except"/>.</summary>
    private static ImmutableArray<ActorId> Distinct(List<ActorGroup> groups, ImmutableArray<ActorId> except = default)
    {
        var heads = new List<ActorId>(groups.Count);
        foreach (var g in groups)
        {
            if (!heads.Contains(g.Head) && (except.IsDefault || !except.Contains(g.Head)))
            {
                heads.Add(g.Head);
            }
        }

        return [.. heads];
    }
}
