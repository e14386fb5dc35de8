using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;
using Token = Timeline.Extraction.Text.Token;
using Tokenizer = Timeline.Extraction.Text.Tokenizer;

namespace Timeline.Extraction.Events;

/// <summary>Turns sentences into typed, dated events with participants, de-duplicated within the document.</summary>
/// <remarks>
/// Per sentence: tokens and clauses; triggers from the language's lexicon (<c>Languages/{De,En}/event-triggers.tsv</c>);
/// source and target from the actor mentions by the trigger's argument frame; modality from cue words
/// (<c>event-cues.tsv</c>); the date from the clause's, sentence's or section's time expression
/// (<see cref="EventDater"/>). Mentions of the same event are then merged (<see cref="EventMerger"/>).
/// Work per sentence is bounded: sentences are processed in windows of <see cref="SentenceAnalysis.MaxTokens"/> tokens.
/// Immutable and thread-safe; build one and reuse it.
/// </remarks>
public sealed class EventExtractor
{
    private const int AnaphoraSentences = 2;

    // One delegate each for all slices and orderings (every lambda written out is a method of its own to compile).
    private static readonly Func<Mention, TextSpan> MentionSpan = m => m.Span;
    private static readonly Func<Timex, TextSpan> TimexSpan = t => t.Span;

    /// <summary>How far after an English verb a referring phrase ("to the two countries") is looked for.</summary>
    private const int NominalReach = 10;
    private const int BroadPersonSentences = 4;
    private const int RunningTimeSentences = 4;
    // Each language's lexicons are loaded at its first document: a run over articles of one language never loads the other.
    private readonly Lazy<EventLanguage> _german;
    private readonly Lazy<EventLanguage> _english;

    private EventExtractor(Lazy<EventLanguage> german, Lazy<EventLanguage> english) => (_german, _english) = (german, english);

    public static EventExtractor Create() => Create(EventCoverage.Standard);

    /// <summary>An extractor with the trigger lexicons of <paramref name="coverage"/>.</summary>
    public static EventExtractor Create(EventCoverage coverage) =>
        new(new(() => EventLanguage.Load(Language.German, coverage)), new(() => EventLanguage.Load(Language.English, coverage)));

    public ImmutableArray<Event> Extract(
        Document document,
        ImmutableArray<TextSpan> sentences,
        ImmutableArray<Timex> timexes,
        ActorRecognition actors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actors);
        var language = (document.Info.Language == Language.German ? _german : _english).Value;
        var text = document.Text;
        LocalDate? published = document.Info.Published?.Date;
        // A wire dateline ("NAIROBI, Kenya (AP) _", "WASHINGTON, August 8 (Xinhua) --") names places and agencies, never
        // participants.
        var datelineEnd = DatelineEnd(text);
        var mentions = actors.Mentions.IsDefault ? [] : SurnamesToFullNames(GivenNamesBeforeSurnames(text, After(actors.Mentions, datelineEnd), actors.Actors, language))
            .InTextOrder(MentionSpan, byEnd: true);
        var usableTimexes = timexes.IsDefault ? [] : timexes.Where(EventDater.IsUsable).ToArray().InTextOrder(TimexSpan, byEnd: false);
        if (!timexes.IsDefault && timexes.Length > 0)
        {
            // A name inside a time expression ("in early March", "am Ostermontag") is no actor.
            mentions = OutsideTimexes(mentions, timexes);
        }

        var candidates = new List<EventCandidate>();
        var read = new List<EventCandidate>();
        var sentenceOf = new List<int>();
        Timex? runningTime = null;
        var runningSentence = -1;
        var section = 0;
        var runningSection = -1;
        (ActorId Actor, int Sentence)? lastSource = null;
        (ActorId Actor, int Sentence)? lastPerson = null;
        (ActorId Actor, int Sentence)? lastNeuter = null;
        var roleHolders = new RoleHolders();
        var plainSubjectSentence = -1;

        // Broad coverage reads longer stretches about one person ("He stressed ... He emphasized ... he said").
        var personSentences = language.BroadFrom == int.MaxValue ? AnaphoraSentences : BroadPersonSentences;

        for (var s = 0; s < sentences.Length; s++)
        {
            var span = sentences[s];
            if (span.End > text.Length)
            {
                continue;
            }

            var heading = IsHeading(text, span);
            if (heading)
            {
                section++;
            }

            if (language.Cues.IsBoilerplate(text.AsSpan(span.Begin, span.Length)) || IsDateline(span, usableTimexes))
            {
                continue;
            }

            ImmutableArray<Timex> sentenceTimexes = [.. Slice(usableTimexes, span, TimexSpan)];
            var tokens = Tokenizer.Tokenize(text, span);
            var sentenceMentions = Slice(mentions, span, MentionSpan);
            var currentRunning = runningSection == section && s - runningSentence <= RunningTimeSentences ? runningTime : null;
            for (var window = 0; window < tokens.Length; window += SentenceAnalysis.MaxTokens)
            {
                var windowTokens = tokens.Length <= SentenceAnalysis.MaxTokens
                    ? tokens
                    : tokens.Slice(window, Math.Min(SentenceAnalysis.MaxTokens, tokens.Length - window));
                var windowSpan = new TextSpan(windowTokens[0].Span.Begin, windowTokens[^1].Span.End);
                var analysis = SentenceAnalysis.Build(text, span, windowTokens, Slice(mentions, windowSpan, MentionSpan), language.Cues);
                var windowTimexes = tokens.Length <= SentenceAnalysis.MaxTokens ? sentenceTimexes : [.. Slice(usableTimexes, windowSpan, TimexSpan)];
                var anaphora = new Anaphora(
                    lastSource is { } last && s - last.Sentence <= AnaphoraSentences && !(last.Sentence < s - 1 && s - 1 == plainSubjectSentence) ? last.Actor : null,
                    lastPerson is { } person && s - person.Sentence <= personSentences ? person.Actor : null,
                    lastNeuter is { } neuter && s - neuter.Sentence <= AnaphoraSentences ? neuter.Actor : null,
                    // Only English "the two countries" reads the country mentions: gathered for such sentences only.
                    language.Language == Language.English && NamesCountries(windowTokens)
                        ? Countries(Slice(mentions, new TextSpan(sentences[Math.Max(0, s - AnaphoraSentences)].Begin, windowSpan.End), MentionSpan))
                        : default);
                read.Clear();
                ReadSentence(document, language, analysis, heading, windowTimexes, currentRunning, published, anaphora, read);
                foreach (var found in read)
                {
                    var candidate = language.Language == Language.German ? WithRoleHolder(text, analysis, found, roleHolders, language.Cues) : found;
                    candidates.Add(candidate);
                    sentenceOf.Add(s);
                    if (!candidate.Sources.IsEmpty)
                    {
                        lastSource = (candidate.Sources[0], s);
                        if (candidate.SourceIsPerson)
                        {
                            lastPerson = (candidate.Sources[0], s);
                        }
                        else if (language.Language == Language.German && IsNamedWithoutArticle(text, sentenceMentions, candidate.Sources[0]))
                        {
                            lastNeuter = (candidate.Sources[0], s);
                        }
                    }
                }
            }

            if (lastPerson is not { } p || p.Sentence != s)
            {
                // "..., so Stocker. Er fordert ...": without an event of its own, a sentence's last named person is what
                // "er"/"he" in the next sentences refers to.
                var person = LastPerson(sentenceMentions);
                if (person is not null)
                {
                    lastPerson = (person.Actor, s);
                }
                else if (language.BroadFrom != int.MaxValue && lastPerson is { } chained && s - chained.Sentence <= personSentences
                    && MentionsPersonalPronoun(text, span))
                {
                    // "Henderson stated ... He stressed ... He emphasized ...": a sentence about "he" keeps the person
                    // it refers to current for the sentences after it (broad coverage).
                    lastPerson = (chained.Actor, s);
                }
            }

            if (language.Language == Language.German)
            {
                roleHolders.Learn(text, tokens, sentenceMentions, language.Cues);
                if (OpensWithPlainSubject(text, tokens, sentenceMentions))
                {
                    plainSubjectSentence = s;
                }
            }

            // The running time: the last time expression of this sentence that dated a happened event.
            if (LastDated(sentenceTimexes, candidates) is { } lastDated)
            {
                (runningTime, runningSentence, runningSection) = (lastDated, s, section);
            }
        }

        if (published is { } day)
        {
            DateFromNextSentence(text, sentences, usableTimexes, mentions, candidates, sentenceOf, day);
        }

        var events = EventMerger.Merge(document.Id, candidates);
        return language.BroadFrom == int.MaxValue ? events : NewsDay.Apply(events, sentences, published, [.. usableTimexes.Where(t => !BroadDating.IsNamedDay(text, t))]);
    }

    /// <summary>German: an event without a target whose clause names a role noun as object or after a preposition
    /// ("Gestern wurde ein Misstrauensantrag gegen den Bürgermeister eingereicht") is directed at the person the
    /// document named with that title before.</summary>
    private static EventCandidate WithRoleHolder(string text, SentenceAnalysis analysis, EventCandidate candidate, RoleHolders holders, CueLexicon cues)
    {
        if (!candidate.Targets.IsEmpty || candidate.Type == EventType.Statement)
        {
            return candidate;
        }

        var head = SentenceAnalysis.TokenAt(analysis.Tokens, candidate.Mention.TriggerSpan.Begin);
        var clause = head < 0 ? -1 : analysis.ClauseOf(head);
        if (clause < 0 || holders.Holder(text, analysis, analysis.Clauses[clause].Start, analysis.Clauses[clause].End, cues) is not { } holder
            || candidate.Sources.Contains(holder))
        {
            return candidate;
        }

        return candidate with { Targets = [holder] };
    }

    private static bool MentionsPersonalPronoun(string text, TextSpan span)
    {
        foreach (var word in text.AsSpan(span.Begin, span.Length).Split(' '))
        {
            var w = text.AsSpan(span.Begin, span.Length)[word];
            if (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lead sentence states an act without a time and the next sentence, naming its source, gives the day
    /// ("Die USA haben den Anschlag verurteilt. US-Außenminister John Kerry sprach gestern von ..."): the happened act
    /// takes that day instead of the default window. Only when the next sentence has exactly one day before or on
    /// publication that dates no event of another type of its own, and the lead sentence has no time expression.</summary>
    private static void DateFromNextSentence(
        string text,
        ImmutableArray<TextSpan> sentences,
        Timex[] timexes,
        Mention[] mentions,
        List<EventCandidate> candidates,
        List<int> sentenceOf,
        LocalDate published)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var s = sentenceOf[i];
            if (candidate.Nominal || candidate.Sources.IsEmpty || candidate.Time.Evidence is not null || candidate.Time.Time is not { Granularity: Granularity.Range }
                || candidate.Mention.Modality is not (Modality.Asserted or Modality.Reported) || s + 1 >= sentences.Length
                || sentences[s + 1].End > text.Length || IsHeading(text, sentences[s + 1]) || Slice(timexes, sentences[s], TimexSpan).Length > 0)
            {
                continue;
            }

            var next = sentences[s + 1];
            Timex? timex = null;
            var days = 0;
            foreach (var t in Slice(timexes, next, TimexSpan))
            {
                if (t.Type == TimexType.Date)
                {
                    timex ??= t;
                    days++;
                }
            }

            if (days != 1 || timex!.Interval is not { Granularity: Granularity.Day } interval || interval.Start > published
                || !NamesAny(Slice(mentions, next, MentionSpan), candidate.Sources))
            {
                continue;
            }

            var taken = false;
            for (var j = 0; j < candidates.Count && !taken; j++)
            {
                taken = sentenceOf[j] == s + 1 && candidates[j].Type != candidate.Type && candidates[j].Mention.TimeEvidence?.Span == timex.Span;
            }

            if (!taken)
            {
                var evidence = new TimeEvidence(timex.Text, timex.Span);
                candidates[i] = candidate with { Time = new DatedTime(interval, evidence, false), Mention = candidate.Mention with { TimeEvidence = evidence } };
            }
        }
    }

    /// <summary>Adds the event candidates of one sentence (window) to <paramref name="output"/>.</summary>
    private static void ReadSentence(
        Document document,
        EventLanguage language,
        SentenceAnalysis analysis,
        bool heading,
        ImmutableArray<Timex> timexes,
        Timex? runningTime,
        LocalDate? published,
        Anaphora anaphora,
        List<EventCandidate> output)
    {
        var text = document.Text;
        var tokens = analysis.Tokens;
        var complementOf = false;
        var attackNamed = false;
        for (var c = 0; c < analysis.Clauses.Length; c++)
        {
            var clause = analysis.Clauses[c];
            var matches = language.Triggers.Match(tokens, clause.Start, clause.End);
            var isComplement = complementOf && !HasUngovernedGroup(analysis, clause, int.MaxValue, uncoordinatedOnly: false);
            complementOf = false;
            foreach (var m in matches)
            {
                complementOf |= IsContentVerb(m);
            }

            foreach (var match in matches)
            {
                var broad = match.Entry.Index >= language.BroadFrom;
                if (broad && BroadParticipants.InsideName(analysis, match))
                {
                    // "the United States", "Sales Corp.": a broad trigger word inside an actor's name is no trigger.
                    continue;
                }

                // The nearest content verb governs.
                var nominal = IsNominal(text, language, tokens, clause, match);
                var governing = nominal ? NearestContentVerb(matches, match, after: language.Language == Language.German)
                    : IsInfinitive(language, tokens, clause, match) ? NearestContentVerb(matches, match, after: false)
                    : null;
                if (isComplement || (governing is not null && !(nominal && (governing.Entry.Mode is "condemn" or "criticize" || governing.Entry.Type == EventType.Reject))))
                {
                    // "rief Russland auf, Luftangriffe zu fliegen", "beschuldigte X, einen Einmarsch zu planen", "warnte vor
                    // einem Angriff", "invited them to join", "refused to provide": the demanded, alleged, feared, offered or
                    // refused act is content, not an event. A condemned act ("condemned the bombing") or a rejected demand
                    // ("rejected the demands of Iceland") did happen, but the condemner or rejecter did not do it
                    // (objectOfVerb below).
                    continue;
                }

                if (!nominal && !broad && language.Language == Language.English && (IsPurposeClause(tokens, clause, match) || IsDeniedContent(tokens, matches, match)))
                {
                    // "began a rally in the capital, to urge him to run": a purpose is intended, not done. "denied a report
                    // claiming he warned X", "denied that it had attacked": the denied act is content of the denial.
                    continue;
                }

                if (!broad && language.Language == Language.English && IsBackgroundRelative(analysis, clause, timexes, published))
                {
                    // "Poland and Hungary, who were invited to join NATO in July 1997, will join": a relative clause about the
                    // past of a phrase is background, not news.
                    continue;
                }

                var passive = IsPassive(language, analysis, clause, match);
                if (attackNamed && !passive && match.Entry.Type == EventType.Assault && match.Entry.Mode == "killing" && match.Entry.Frame == TriggerFrame.Svo
                    && !HasUngovernedGroup(analysis, clause, match.Head, uncoordinatedOnly: true))
                {
                    // "The bombings at the embassies in Nairobi, Kenya, killed 257 people": the killing is the attack named
                    // before, and the places in between are not its subject.
                    continue;
                }

                // A German verbal entry's noun ("die Ausweisung des Pakistaners") reads like a nominal one.
                var slots = language.Participants.Find(text, analysis, c, match, passive,
                    objectOfVerb: governing is not null || (nominal && language.Language == Language.German && match.Entry.Frame == TriggerFrame.Svo && IsObjectNoun(match))
                        || (nominal && language.Language == Language.English && match.Entry.Frame == TriggerFrame.Svo && match.Head - 2 >= clause.Start
                            && language.Cues.Is(tokens[match.Head - 2].Lower, CueClass.Preposition)));
                var sources = slots.Sources;
                var antecedent = slots.PersonalPronoun ? anaphora.Person
                    : language.Language == Language.German && HasEs(tokens, clause, match.Head) ? anaphora.Neuter
                    : language.Language == Language.German && anaphora.Any is { } any && any == anaphora.Neuter && HasSie(tokens, clause, match.Head) ? null
                    : anaphora.Any;
                if (slots.SubjectIsPronoun && !clause.Quoted && SubjectBefore(analysis, c, match, slots) is { } subject)
                {
                    // "The EU announced on Sunday that it would provide": the pronoun refers to the sentence's subject.
                    antecedent = subject.Head;
                }
                else if (slots.PersonalPronoun && clause.Quoted && LastPersonGroup(analysis, clause.Start, []) is { } speaker)
                {
                    // "X ist gefragt worden: "Ich habe abgelehnt."": the quote's speaker is the person named before it.
                    antecedent = speaker.Head;
                }

                if (sources.IsEmpty && slots.SubjectIsPronoun && antecedent is { } actor && !slots.Targets.Contains(actor))
                {
                    sources = [actor];
                }

                var targets = slots.Targets;
                if (!broad && language.Language == Language.English && targets.IsEmpty && !passive)
                {
                    targets = EnglishReferringTarget(analysis, clause, match, sources, anaphora);
                    slots = slots with { Targets = targets };
                }

                var filled = false;
                if (sources.IsEmpty && targets.IsEmpty && broad)
                {
                    (sources, targets) = BroadParticipants.Fill(analysis, c, match, antecedent, slots.PersonalPronoun);
                    filled = true;
                }

                if (broad)
                {
                    // Also after the fill: "Kestrel, Freedonia's biggest carmaker, has announced" is Kestrel's.
                    (sources, targets) = BroadParticipants.PreferNamedOverPlace(analysis, match, sources, targets);
                    if (match.Entry.Type != EventType.Statement)
                    {
                        // "Both the Kestrel Index and the Harbor Index gained": each of them did.
                        sources = BroadParticipants.WithCoordinated(analysis, match, sources);
                    }
                }

                var postposedSpeaker = false;
                if (broad && match.Entry.Type == EventType.Statement && match.Entry.Mode == "say"
                    && BroadParticipants.PostposedSpeaker(text, analysis, match) is { } postposed)
                {
                    // "'...,' said Dana Reyes, the Kestrel chief": the speaker follows the verb.
                    (sources, targets, postposedSpeaker) = (postposed, [], true);
                }
                else if (broad && match.Entry.Type == EventType.Statement && match.Entry.Mode == "say"
                    && BroadParticipants.PersonBeforeTitle(analysis, match, sources) is { } titled)
                {
                    // "Dana Reyes, the Kestrel chief, said": the person, not the company of her title, speaks.
                    (sources, targets, postposedSpeaker) = ([titled], [], true);
                }

                var modality = language.Modality.Read(analysis, c, match, passive);
                if (modality == Modality.Hypothetical && ModalityReader.IsInsideCondition(analysis, clause, match))
                {
                    // "troops are on standby in case they need to evacuate", "wenn Russland angreifen sollte": the condition
                    // names a possible situation, not an act anyone did or plans; the main clause carries the event.
                    continue;
                }

                var (type, mode) = Refine(language, analysis, clause, match);
                var verbalAttack = match.Entry.Frame == TriggerFrame.Svo || (language.Language == Language.English && match.Entry.Frame == TriggerFrame.Np
                    && tokens[match.Head].Lower.EndsWith('s') && PersonRightBefore(analysis, match.Head));
                if (type == EventType.Assault && verbalAttack && mode == "attack" && slots.SourceIsPerson
                    && !HasCue(language, analysis, clause, CueClass.Force))
                {
                    // "Kilroy-Silk attacked the government", "Merkel griff Putin an", "Short attacks US over aid": a
                    // politician attacking in words.
                    (type, mode) = (EventType.Accuse, "criticize");
                    if (slots.Targets.IsEmpty && UngovernedGroupAt(analysis, match.Head + 1) is { } attacked
                        && !sources.Contains(attacked.Head))
                    {
                        slots = slots with { Targets = [attacked.Head] };
                    }
                }

                if (type == EventType.Threaten && mode == "warning" && targets.IsEmpty)
                {
                    // "Russland hat vor einer wachsenden Gefahr gewarnt": a warning addressed to no one threatens no one.
                    type = EventType.Statement;
                }

                // The object of "condemned", "deplored" takes no time from the sentence: its time expressions date the verb.
                // Broad coverage takes no running time: business news moves between the story of the day and its
                // background, and an event without a time of its own is the news of the day or undated, not the time of
                // an earlier sentence.
                var dating = broad ? BroadDating.For(text, analysis, match, timexes) : timexes;
                // A condemned or rejected act named by a noun ("rejected U.S. objections") has no time of its own here: it is
                // undated rather than "on or before publication", so it joins a dated mention of the same act.
                var time = governing is not null && !broad ? new DatedTime(null, null, true)
                    : EventDater.Date(text, analysis, c, match, modality, governing is null ? dating : [], governing is null && !broad ? runningTime : null, published, language.Cues, language.Language);
                if (broad && time.Evidence is null && time.Time is { Granularity: Granularity.Range } && BroadDating.IsPastPerfect(analysis, match))
                {
                    time = new DatedTime(null, null, true);
                }
                else if (broad)
                {
                    time = BroadDating.SinceStart(analysis, time);
                }

                var confidence = Confidence(match, sources, targets, modality, heading);
                var triggerSpan = tokens[match.Head].Span;
                var mention = new EventMention(
                    document.Id,
                    analysis.Span,
                    analysis.Span.Of(text),
                    TriggerText(text, tokens, match),
                    triggerSpan,
                    modality,
                    confidence,
                    time.Evidence);
                if (type == EventType.Consult && slots.Targets.IsEmpty && mode is "talks" or "meeting" or "phone"
                    && (match.Entry.Frame == TriggerFrame.Np || sources.Length <= 1) && !HasUnnamedPartner(language, analysis, clause, match))
                {
                    // "Brown's talks", "bei den Verhandlungen", "Frankreich will sich mit ihm treffen", "Clinton discussed
                    // the crisis": talks with no named partner only count as a further mention of talks named in full
                    // elsewhere (participant-less candidates are dropped unless they merge).
                    sources = [];
                }

                attackNamed |= type == EventType.Assault && match.Entry.Frame == TriggerFrame.Np;
                // A source the broad fill took from the clause is no resolved "he".
                var sourceIsPerson = postposedSpeaker ? !sources.IsEmpty : slots.SourceIsPerson || (slots.PersonalPronoun && !sources.IsEmpty && !filled);
                var eventTargets = broad && type == EventType.Statement && mode == "say"
                    && (postposedSpeaker || BroadParticipants.IsPersonSource(analysis, sources, sourceIsPerson)) ? [] : slots.Targets;
                output.Add(new EventCandidate(type, mode, match.Entry.Frame == TriggerFrame.Sym || type == EventType.Consult,
                    sources, eventTargets, slots.Locations, time, mention) { SourceIsPerson = sourceIsPerson, Nominal = match.Entry.Frame == TriggerFrame.Np });
            }
        }
    }

    /// <summary>English: a relative clause after a comma (", who were invited ... in July 1997") with a time expression that
    /// ended more than the past window before publication.</summary>
    private static bool IsBackgroundRelative(SentenceAnalysis analysis, Clause clause, ImmutableArray<Timex> timexes, LocalDate? published)
    {
        var tokens = analysis.Tokens;
        if (published is not { } day || clause.Start == 0 || !tokens[clause.Start - 1].Is(',') || tokens[clause.Start].Lower is not ("who" or "which"))
        {
            return false;
        }

        var span = new TextSpan(tokens[clause.Start].Span.Begin, tokens[clause.End - 1].Span.End);
        return timexes.Any(t => span.Contains(t.Span) && t.Interval is { } interval && interval.End < day.PlusDays(-EventDater.PastWindowDays));
    }

    /// <summary>English targets named by a referring word right after the verb or its preposition: "his"/"her" ("backed
    /// his threat of force": the person named before, not the source), "the two countries", "both nations" (the last
    /// countries named).</summary>
    private static ImmutableArray<ActorId> EnglishReferringTarget(SentenceAnalysis analysis, Clause clause, TriggerMatch match, ImmutableArray<ActorId> sources, Anaphora anaphora)
    {
        var tokens = analysis.Tokens;
        var next = match.Last + 1;
        if (next < clause.End && tokens[next].Lower is "his" or "her" && match.Entry.Frame == TriggerFrame.Svo
            && match.Entry.Type is EventType.Support or EventType.Reject or EventType.Accuse or EventType.Request or EventType.Threaten)
        {
            var person = LastPersonGroup(analysis, match.Head, sources)?.Head ?? anaphora.Person;
            return person is { } p && !sources.Contains(p) ? [p] : [];
        }

        for (var t = match.Head + 1; t + 2 < clause.End && t <= match.Head + NominalReach; t++)
        {
            var count = tokens[t].Lower switch
            {
                "both" => 2,
                "the" when tokens[t + 1].Lower is "two" => 2,
                "the" when tokens[t + 1].Lower is "three" => 3,
                _ => 0,
            };
            var noun = tokens[t].Lower == "both" ? t + 1 : t + 2;
            if (count == 0 || tokens[noun].Lower is not ("countries" or "nations") || anaphora.Countries.IsDefault)
            {
                continue;
            }

            var countries = anaphora.Countries.Where(m => m.Span.End <= tokens[t].Span.Begin).Reverse().Select(m => m.Actor)
                .Where(a => !sources.Contains(a)).Distinct().Take(count).ToList();
            return countries.Count == count ? [.. countries.OrderBy(a => a.Value, StringComparer.Ordinal)] : [];
        }

        return [];
    }

    /// <summary>German: "es" as the clause's subject pronoun (before the verb or right after it).</summary>
    private static bool HasEs(ImmutableArray<Token> tokens, Clause clause, int head)
    {
        for (var t = clause.Start; t < Math.Min(clause.End, head + 3); t++)
        {
            if (tokens[t].Lower == "es")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>German: a sentence that opens with an article and a noun naming no actor, then a verb ("Die Jihadisten
    /// haben die Stadt ... gebracht"): that noun, not an earlier event's source, is what a pronoun in the next sentence
    /// refers to ("Sie sollen ... getötet haben").</summary>
    private static bool OpensWithPlainSubject(string text, ImmutableArray<Token> tokens, ReadOnlySpan<Mention> sentenceMentions)
    {
        if (!(tokens.Length > 3 && tokens[0].Lower is "die" or "der" && tokens[1].IsWord && tokens[1].IsCapitalized(text)
            && tokens[2].IsWord && !tokens[2].IsCapitalized(text)))
        {
            return false;
        }

        foreach (var m in sentenceMentions)
        {
            if (m.Span.Begin < tokens[1].Span.End && tokens[0].Span.Begin < m.Span.End)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>German: "sie" as the clause's subject pronoun. It never refers to a country named without an article
    /// ("Russland warnte ... Außerdem eroberten sie Chemieanlagen": "sie" are the terror groups, not Russia).</summary>
    private static bool HasSie(ImmutableArray<Token> tokens, Clause clause, int head)
    {
        for (var t = clause.Start; t < Math.Min(clause.End, head + 3); t++)
        {
            if (tokens[t].Lower == "sie")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence names <paramref name="actor"/> (no person) without an article or with "das"
    /// ("Nordkorea", "das Parlament", not "die USA", "der Iran").</summary>
    private static bool IsNamedWithoutArticle(string text, ReadOnlySpan<Mention> sentenceMentions, ActorId actor)
    {
        foreach (var mention in sentenceMentions)
        {
            if (mention.Actor != actor || mention.Kind is ActorKind.Person or ActorKind.Location || char.IsLower(mention.Text[0]))
            {
                continue;
            }

            var end = mention.Span.Begin;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var begin = end;
            while (begin > 0 && char.IsLetter(text[begin - 1]))
            {
                begin--;
            }

            return text.AsSpan(begin, end - begin) is not ("der" or "die" or "den" or "dem" or "des" or "Der" or "Die" or "Den" or "Dem" or "Des");
        }

        return false;
    }

    /// <summary>English: a clause that opens with "to" + the trigger after a comma, or "in order to": a purpose.</summary>
    private static bool IsPurposeClause(ImmutableArray<Token> tokens, Clause clause, TriggerMatch match) =>
        match.Head >= 1 && tokens[match.Head - 1].Lower == "to"
        && ((match.Head - 1 == clause.Start && clause.Start > 0 && tokens[clause.Start - 1].Is(','))
            || (match.Head >= 3 && tokens[match.Head - 3].Lower == "in" && tokens[match.Head - 2].Lower == "order"));

    /// <summary>English: a verbal trigger after a denial verb of its clause with "that" or a participle between ("denied
    /// that it had attacked", "denied a report claiming he warned").</summary>
    private static bool IsDeniedContent(ImmutableArray<Token> tokens, IReadOnlyList<TriggerMatch> matches, TriggerMatch match)
    {
        foreach (var denial in matches)
        {
            if (denial == match || denial.Entry.Mode != "deny" || denial.Head >= match.Head)
            {
                continue;
            }

            for (var t = denial.Head + 1; t < match.Head; t++)
            {
                var lower = tokens[t].Lower;
                if (lower == "that" || (lower.Length > 5 && lower.EndsWith("ing", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A partner named by a noun rather than a name or pronoun ("mit allen Fraktionen sprechen", "met with
    /// tribal leaders"): the talks are an event of their own. Not when a name follows in the sentence ("with the one ally
    /// ..., Tony Blair": the partner is named after all).</summary>
    private static bool HasUnnamedPartner(EventLanguage language, SentenceAnalysis analysis, Clause clause, TriggerMatch match)
    {
        var tokens = analysis.Tokens;
        for (var t = Math.Max(clause.Start, match.Head - 10); t + 1 < Math.Min(clause.End, match.Head + 6); t++)
        {
            if (tokens[t].Lower is not ("mit" or "with") || t == match.Head)
            {
                continue;
            }

            var next = tokens[t + 1].Lower;
            return tokens[t + 1].IsWord && !analysis.Groups.Any(g => g.First > t) && !language.Cues.Is(next, CueClass.Pronoun)
                && next is not ("ihm" or "ihr" or "ihnen" or "uns" or "euch" or "him" or "her" or "them" or "us" or "you" or "me" or "mir" or "dir");
        }

        return false;
    }

    // The searches below are loops rather than LINQ with lambdas: they run for every clause and trigger, and a lambda
    // capturing the clause or the match allocates a closure per iteration even when it is never called.

    /// <summary>Whether the clause holds an ungoverned actor phrase ending before token <paramref name="before"/>
    /// (only one coordinated with no other when <paramref name="uncoordinatedOnly"/>).</summary>
    private static bool HasUngovernedGroup(SentenceAnalysis analysis, Clause clause, int before, bool uncoordinatedOnly)
    {
        foreach (var g in analysis.Groups)
        {
            if (clause.Contains(g.First) && g.Last < before && g.Governor == GroupGovernor.None && (!uncoordinatedOnly || g.CoordinatedWith < 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The content verb of the clause nearest to <paramref name="match"/> before it (or also after it when
    /// <paramref name="after"/>); the first of equally near ones.</summary>
    private static TriggerMatch? NearestContentVerb(List<TriggerMatch> matches, TriggerMatch match, bool after)
    {
        TriggerMatch? nearest = null;
        var distance = int.MaxValue;
        foreach (var m in matches)
        {
            if (m != match && (m.Head < match.Head || after) && IsContentVerb(m) && Math.Abs(m.Head - match.Head) < distance)
            {
                (nearest, distance) = (m, Math.Abs(m.Head - match.Head));
            }
        }

        return nearest;
    }

    /// <summary>The first ungoverned phrase before the trigger, of a clause up to <paramref name="c"/> and not quoted,
    /// that a subject pronoun of the trigger's clause can refer to.</summary>
    private static ActorGroup? SubjectBefore(SentenceAnalysis analysis, int c, TriggerMatch match, ParticipantSlots slots)
    {
        foreach (var g in analysis.Groups)
        {
            if (g.Last < match.Head && g.Governor == GroupGovernor.None && analysis.ClauseOf(g.First) <= c
                && g.HeadKind != ActorKind.Location && !analysis.Clauses[analysis.ClauseOf(g.First)].Quoted
                && (g.HeadKind == ActorKind.Person) == slots.PersonalPronoun && !slots.Targets.Contains(g.Head))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>The last phrase headed by a person ending before token <paramref name="before"/>, not one of
    /// <paramref name="except"/>.</summary>
    private static ActorGroup? LastPersonGroup(SentenceAnalysis analysis, int before, ImmutableArray<ActorId> except)
    {
        for (var i = analysis.Groups.Length - 1; i >= 0; i--)
        {
            var g = analysis.Groups[i];
            if (g.Last < before && g.HeadKind == ActorKind.Person && !except.Contains(g.Head))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>Whether a phrase headed by a person, not in the possessive, ends right before token <paramref name="head"/>.</summary>
    private static bool PersonRightBefore(SentenceAnalysis analysis, int head)
    {
        foreach (var g in analysis.Groups)
        {
            if (g.Last == head - 1 && g.HeadKind == ActorKind.Person && !analysis.Tokens[g.Last].Lower.EndsWith("'s", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first ungoverned phrase starting at token <paramref name="first"/>.</summary>
    private static ActorGroup? UngovernedGroupAt(SentenceAnalysis analysis, int first)
    {
        foreach (var g in analysis.Groups)
        {
            if (g.First == first && g.Governor == GroupGovernor.None)
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>The last date of the sentence that dated a happened (not planned, postponed or hypothetical) verbal event.</summary>
    private static Timex? LastDated(ImmutableArray<Timex> sentenceTimexes, List<EventCandidate> candidates)
    {
        for (var i = sentenceTimexes.Length - 1; i >= 0; i--)
        {
            var t = sentenceTimexes[i];
            if (t.Interval is null || t.Type != TimexType.Date)
            {
                continue;
            }

            foreach (var c in candidates)
            {
                if (!c.Nominal && c.Mention.TimeEvidence?.Span == t.Span && c.Mention.Modality is not (Modality.Planned or Modality.Postponed or Modality.Hypothetical))
                {
                    return t;
                }
            }
        }

        return null;
    }

    private static Mention? LastPerson(ReadOnlySpan<Mention> mentions)
    {
        for (var i = mentions.Length - 1; i >= 0; i--)
        {
            if (mentions[i].Kind == ActorKind.Person)
            {
                return mentions[i];
            }
        }

        return null;
    }

    private static ImmutableArray<Mention> Countries(ReadOnlySpan<Mention> mentions)
    {
        var countries = ImmutableArray.CreateBuilder<Mention>();
        foreach (var m in mentions)
        {
            if (m.Kind == ActorKind.Country)
            {
                countries.Add(m);
            }
        }

        return countries.ToImmutable();
    }

    private static bool NamesAny(ReadOnlySpan<Mention> mentions, ImmutableArray<ActorId> actors)
    {
        foreach (var m in mentions)
        {
            if (actors.Contains(m.Actor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb whose object or complement is content rather than a further event: demands, accusations,
    /// threats and warnings.</summary>
    private static bool IsContentVerb(TriggerMatch match) =>
        match.Entry.Frame == TriggerFrame.Svo
        && (match.Entry.Type is EventType.Request or EventType.Accuse or EventType.Threaten or EventType.Reject || match.Entry.Mode == "invite");

    /// <summary>Whether a verbal entry's noun takes its target from its genitive ("Ausweisung des X", "Festnahme des X").</summary>
    private static bool IsObjectNoun(TriggerMatch match) =>
        match.Entry.Type is EventType.Sanction or EventType.Coerce || (match.Entry.Type == EventType.Concede && match.Entry.Mode == "release");

    /// <summary>Whether the trigger names the event by a noun: a nominal entry, a verbal entry's form after a determiner
    /// ("rejected the demands"), or (German) its capitalized form inside the clause ("forderte Verhandlungen", "drängt
    /// auf Einigung").</summary>
    private static bool IsNominal(string text, EventLanguage language, ImmutableArray<Token> tokens, Clause clause, TriggerMatch match) =>
        match.Entry.Frame == TriggerFrame.Np
        || (language.Language == Language.English && match.Head > clause.Start && language.Cues.Is(tokens[match.Head - 1].Lower, CueClass.Determiner))
        || (language.Language == Language.German && match.Head > clause.Start && match.Head > 0 && tokens[match.Head].IsCapitalized(text)
            && !tokens[match.Head - 1].Is('"') && !tokens[match.Head - 1].Is('„'));

    /// <summary>Whether an English verbal trigger is a <c>to</c>-infinitive ("invited them to join", "urged them to
    /// sign"): the content of the verb before it.</summary>
    private static bool IsInfinitive(EventLanguage language, ImmutableArray<Token> tokens, Clause clause, TriggerMatch match) =>
        language.Language == Language.English && match.Head - 1 >= clause.Start && tokens[match.Head - 1].Lower == "to";

    private static bool HasCue(EventLanguage language, SentenceAnalysis analysis, Clause clause, CueClass cue)
    {
        for (var t = clause.Start; t < clause.End; t++)
        {
            if (language.Cues.Is(analysis.Tokens[t].Lower, cue))
            {
                return true;
            }
        }

        return false;
    }

    private static (EventType Type, string? Mode) Refine(EventLanguage language, SentenceAnalysis analysis, Clause clause, TriggerMatch match)
    {
        var entry = match.Entry;
        if (entry.Type is not (EventType.Aid or EventType.Support))
        {
            return (entry.Type, entry.Mode);
        }

        var cues = CueClass.None;
        for (var t = clause.Start; t < clause.End; t++)
        {
            cues |= language.Cues.Classify(analysis.Tokens[t].Lower);
        }

        if ((cues & CueClass.Financial) != 0)
        {
            return (EventType.Aid, "financial");
        }

        if ((cues & CueClass.Military) != 0)
        {
            return (EventType.Aid, "military");
        }

        if ((cues & CueClass.Humanitarian) != 0)
        {
            return (EventType.Aid, "humanitarian");
        }

        return (entry.Type, entry.Mode);
    }

    private static double Confidence(TriggerMatch match, ImmutableArray<ActorId> sources, ImmutableArray<ActorId> targets, Modality modality, bool heading)
    {
        var value = match.Entry.Frame == TriggerFrame.Np ? 0.55 : match.Entry.Elements.Length > 1 ? 0.8 : 0.7;
        value += sources.IsEmpty ? 0 : 0.15;
        value += targets.IsEmpty ? 0 : 0.1;
        value -= heading ? 0.15 : 0;
        value *= modality switch
        {
            Modality.Hypothetical => 0.6,
            Modality.Reported or Modality.Negated => 0.9,
            _ => 1.0,
        };
        return Math.Round(Math.Clamp(value, 0.05, 0.99), 2);
    }

    private static bool IsPassive(EventLanguage language, SentenceAnalysis analysis, Clause clause, TriggerMatch match)
    {
        if (match.Entry.Frame is TriggerFrame.Np or TriggerFrame.Sym)
        {
            return false;
        }

        var head = analysis.Tokens[match.Last].Lower;
        var participle = language.Language == Language.German
            ? head.EndsWith('t') && (head.StartsWith("ge", StringComparison.Ordinal) || head.IndexOf("ge", 2, StringComparison.Ordinal) is >= 2 and <= 6
                || head.StartsWith("ver", StringComparison.Ordinal) || head.StartsWith("be", StringComparison.Ordinal)
                || head.StartsWith("ent", StringComparison.Ordinal) || head.StartsWith("er", StringComparison.Ordinal) || head.EndsWith("iert", StringComparison.Ordinal))
              || (head.EndsWith("en", StringComparison.Ordinal) && head.StartsWith("ge", StringComparison.Ordinal))
            : head.EndsWith("ed", StringComparison.Ordinal) || head is "held" or "met" or "sent" or "seen" or "given" or "taken" or "shot" or "struck" or "hit";
        if (!participle)
        {
            return false;
        }

        for (var t = clause.Start; t < clause.End; t++)
        {
            var lower = analysis.Tokens[t].Lower;
            if (language.Cues.Is(lower, CueClass.Passive) && (language.Language == Language.German || (t < match.Head && t >= match.Head - 3))
                && !(lower is "is" or "are" && language.Language == Language.English && t + 1 < clause.End && analysis.Tokens[t + 1].Lower == "to"))
            {
                return true;
            }
        }

        return false;
    }

    private static string TriggerText(string text, ImmutableArray<Token> tokens, TriggerMatch match)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < match.Tokens.Length)
        {
            var j = i;
            while (j + 1 < match.Tokens.Length && match.Tokens[j + 1] == match.Tokens[j] + 1)
            {
                j++;
            }

            parts.Add(text[tokens[match.Tokens[i]].Span.Begin..tokens[match.Tokens[j]].Span.End]);
            i = j + 1;
        }

        return string.Join(" … ", parts);
    }

    private static bool IsHeading(string text, TextSpan span)
    {
        var before = span.Begin - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r')
        {
            before--;
        }

        var after = span.End;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r')
        {
            after++;
        }

        if ((before >= 0 && text[before] != '\n') || (after < text.Length && text[after] != '\n') || span.Length == 0)
        {
            return false;
        }

        var last = text[span.End - 1];
        if (last is '.' or '!' or '?' or ':' or '"' or '“' or '”' or '»' or ')' or ';' or ',')
        {
            return false;
        }

        var words = 1;
        for (var i = span.Begin; i < span.End; i++)
        {
            words += text[i] == ' ' ? 1 : 0;
        }

        return words <= 14;
    }

    /// <summary>English: a person mention whose id is the bare surname as written ("Short", "Hussein", "McLaughlin")
    /// right after a capitalized word that is no title, role, cue word or other actor ("Clare Short", "Saddam Hussein",
    /// "Mitchell McLaughlin") is that full name: the given name the actor layer did not know (or read as a place:
    /// "Clare") joins the id. Titles ("President Clinton", "Ms Short", "King Abdullah") and sentence starts do not.
    /// German is left alone: its nouns are capitalized ("Außenminister Kerry").</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="mentions">The actor mentions, in text order.</param>
    /// <param name="listed">The document's actors: a joined name becomes the id only when it is one of them (an event
    /// never refers to an actor the document does not list; the store refuses such a document).</param>
    /// <param name="language">English only.</param>
    private static List<Mention> GivenNamesBeforeSurnames(string text, List<Mention> mentions, ImmutableArray<Actor> listed, EventLanguage language)
    {
        if (language.Language != Language.English)
        {
            return mentions;
        }

        var dropped = new HashSet<int>();
        var result = new List<Mention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var begin = mention.Span.Begin;
            if (mention.Kind != ActorKind.Person || mention.Actor.Value.Contains('-', StringComparison.Ordinal)
                || mention.Actor.Value != Slug.From(mention.Text) || begin < 2 || text[begin - 1] != ' ')
            {
                result.Add(mention);
                continue;
            }

            var wordBegin = begin - 1;
            while (wordBegin > 0 && char.IsLetter(text[wordBegin - 1]))
            {
                wordBegin--;
            }

            var word = text.AsSpan(wordBegin, begin - 1 - wordBegin);
            var before = wordBegin - 1;
            while (before >= 0 && text[before] == ' ')
            {
                before--;
            }

            var previous = i > 0 && mentions[i - 1].Span.End > wordBegin ? i - 1 : -1;
            var lower = word.ToString().ToLowerInvariant();
            if (word.Length < 3 || !char.IsUpper(word[0]) || !IsLowerTail(word) || before < 0 || text[before] is '.' or '!' or '?' or '"' or '\n' or '\u201c'
                || RoleLexicon.IsRole(word) || language.Cues.Classify(lower) != CueClass.None
                || (previous >= 0 && (mentions[previous].Kind != ActorKind.Location || mentions[previous].Span.Begin != wordBegin)))
            {
                result.Add(mention);
                continue;
            }

            var joined = Slug.From(string.Concat(word, " ", mention.Text));
            if (listed.IsDefault || !listed.Any(actor => actor.Id.Value == joined))
            {
                result.Add(mention);
                continue;
            }

            if (previous >= 0)
            {
                // "Clare" read as a place is the given name.
                dropped.Add(result.Count - 1);
            }

            result.Add(mention with { Actor = new ActorId(joined) });
        }

        return [.. result.Where((_, index) => !dropped.Contains(index))];
    }

    private static bool IsLowerTail(ReadOnlySpan<char> word)
    {
        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A person mention whose id is a bare surname ("gore") takes the id of the one person of the document
    /// whose id ends with that surname ("al-gore"), so that an event's participants match the full name named
    /// elsewhere in the article. The actor layer should resolve this itself; this keeps events consistent meanwhile.</summary>
    private static Mention[] SurnamesToFullNames(List<Mention> all)
    {
        // A surname shared by two different ids maps to none (null), whatever the order they come in.
        var full = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var mention in all)
        {
            var id = mention.Actor.Value;
            var dash = id.LastIndexOf('-');
            if (mention.Kind == ActorKind.Person && dash > 0)
            {
                var surname = id[(dash + 1)..];
                full[surname] = full.TryGetValue(surname, out var other) && other != id ? null : id;
            }
        }

        var result = new Mention[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            var mention = all[i];
            var id = mention.Actor.Value;
            // The actor layer sometimes types a bare surname as a place ("Kerry", "Kerrys"); a country never is one.
            result[i] = mention.Kind != ActorKind.Country && !id.Contains('-', StringComparison.Ordinal)
                && full.TryGetValue(id, out var target) && target is not null
                ? mention with { Actor = new ActorId(target), Kind = ActorKind.Person }
                : mention;
        }

        return result;
    }

    /// <summary>The mentions that begin at or after <paramref name="begin"/>.</summary>
    private static List<Mention> After(ImmutableArray<Mention> mentions, int begin)
    {
        var result = new List<Mention>(mentions.Length);
        foreach (var m in mentions)
        {
            if (m.Span.Begin >= begin)
            {
                result.Add(m);
            }
        }

        return result;
    }

    /// <summary>The mentions that overlap no time expression.</summary>
    private static Mention[] OutsideTimexes(Mention[] mentions, ImmutableArray<Timex> timexes)
    {
        var result = new List<Mention>(mentions.Length);
        foreach (var m in mentions)
        {
            var inside = false;
            foreach (var t in timexes)
            {
                inside |= t.Span.Begin < m.Span.End && m.Span.Begin < t.Span.End;
            }

            if (!inside)
            {
                result.Add(m);
            }
        }

        return [.. result];
    }

    /// <summary>The end of a wire dateline at the start of the text: at most 12 capitalized words, numbers and
    /// parenthesized agencies followed by <c>_</c>, <c>--</c> or a dash; 0 when there is none.</summary>
    internal static int DatelineEnd(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var limit = Math.Min(text.Length, start + 120);
        for (var j = start; j < limit; j++)
        {
            var c = text[j];
            var marker = c is '_' or '—' or '–' || (c == '-' && j + 1 < text.Length && text[j + 1] == '-');
            if (!marker)
            {
                if (c == '\n' && j > start && text.AsSpan(start, j - start).Trim().Length > 0 && !IsDatelinePrefix(text.AsSpan(start, j - start)))
                {
                    return 0;
                }

                continue;
            }

            return j > start && IsDatelinePrefix(text.AsSpan(start, j - start)) ? j + 1 : 0;
        }

        return 0;
    }

    private static bool IsDatelinePrefix(ReadOnlySpan<char> prefix)
    {
        var words = 0;
        foreach (var range in prefix.SplitAny(" \t\r\n"))
        {
            var word = prefix[range].Trim(",.;:");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words > 12 || !(char.IsUpper(word[0]) || char.IsDigit(word[0]) || word[0] == '('))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>A dateline: a sentence that is mostly a date ("Stand: 01.02.2022 10:53 Uhr", "Updated: 1 February 2022").</summary>
    private static bool IsDateline(TextSpan sentence, Timex[] timexes)
    {
        var covered = 0;
        foreach (var timex in Slice(timexes, sentence, TimexSpan))
        {
            covered += timex.Span.Length;
        }

        return covered > 0 && covered * 2 >= sentence.Length;
    }

    /// <summary>Whether the tokens hold "countries" or "nations", the nouns <see cref="EnglishReferringTarget"/> looks for.</summary>
    private static bool NamesCountries(ImmutableArray<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Lower is "countries" or "nations")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items (in text order) inside <paramref name="span"/>: a view of <paramref name="items"/> when no item
    /// starting inside it ends after it (the common case, no copy), else a filtered copy.</summary>
    private static ReadOnlySpan<T> Slice<T>(T[] items, TextSpan span, Func<T, TextSpan> spanOf)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spanOf(items[mid]).Begin < span.Begin)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        var inside = 0;
        for (; end < items.Length && spanOf(items[end]).Begin < span.End; end++)
        {
            inside += spanOf(items[end]).End <= span.End ? 1 : 0;
        }

        if (inside == end - lo)
        {
            return items.AsSpan(lo, end - lo);
        }

        var result = new T[inside];
        for (int i = lo, n = 0; i < end; i++)
        {
            if (spanOf(items[i]).End <= span.End)
            {
                result[n++] = items[i];
            }
        }

        return result;
    }
}
