using System.Collections.Immutable;
using System.Globalization;
using NodaTime.Text;
using Timeline.Core;
using Timeline.Core.Extraction;
using Timeline.Core.Time;
using Timeline.Extraction;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events;
using Timeline.Extraction.Time;
using Timeline.Query.Timelines;
using Timeline.Reading;
using Timeline.Storage;

namespace Timeline.Evaluation.SemEval;

/// <summary>Builds the system's timelines the way a user would: <c>timeline ingest ARTICLES --actors FILE</c> into an
/// embedded SQLite store, then <c>timeline events --actor NAME</c> per target entity; each returned event becomes a
/// line of the task's timeline format.</summary>
internal static class SystemTimelines
{
    private const string Undated = "XXXX-XX-XX";

    public static async Task<IReadOnlyDictionary<string, EntityTimeline>> BuildAsync(
        string articlesFile, IReadOnlyList<string> entities, string? actorsFile, EventCoverage coverage, string storeFile, bool primaryOnly, string? explainFolder, CancellationToken cancellationToken)
    {
        var pipeline = new ExtractionPipeline(
            TimexTagger.Create(), actorsFile is null ? ActorRecognizer.Create() : ActorRecognizer.Create(actorsFile), EventExtractor.Create(coverage));
        var reader = new ArticleReader(ReaderOptions.Default);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var published = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var store = await GraphStoreFactory.OpenAsync(StoreLocation.Parse(storeFile), GraphStoreOptions.Default, cancellationToken))
        {
            var batch = new List<DocumentExtraction>();
            await foreach (var item in reader.ReadAsync([articlesFile], TextReader.Null, cancellationToken))
            {
                if (item is ReadFailure failure)
                {
                    throw new InvalidDataException(failure.Message);
                }

                var document = ((ArticleRead)item).Document;
                texts[document.Id.Value] = document.Text;
                if (document.Info.Published is { } time)
                {
                    published[document.Id.Value] = LocalDatePattern.Iso.Format(time.Date);
                }

                var extraction = pipeline.Extract(document);
                batch.Add(extraction);
                if (explainFolder is not null)
                {
                    Directory.CreateDirectory(explainFolder);
                    await File.WriteAllTextAsync(Path.Combine(explainFolder, document.Id.Value + ".txt"), ExtractionDump.Describe(extraction), cancellationToken);
                }
            }

            await store.WriteAsync(batch, cancellationToken);
        }

        var timelines = new Dictionary<string, EntityTimeline>(StringComparer.Ordinal);
        await using var query = await GraphStoreFactory.OpenAsync(StoreLocation.Parse(storeFile), GraphStoreOptions.Default, cancellationToken);
        foreach (var entity in entities.Distinct(StringComparer.Ordinal))
        {
            TimelineResult result;
            try
            {
                result = await TimelineQuery.RunAsync(query, TimelineRequest.All with { Actors = [entity] }, cancellationToken);
            }
            catch (InputException)
            {
                timelines[entity] = new EntityTimeline(entity, []);
                continue;
            }

            timelines[entity] = ToTimeline(entity, result.Rows, texts, published, primaryOnly);
        }

        return timelines;
    }

    /// <summary>Task lines from timeline rows: one line per mention of each row's event (the rows' <c>evidence</c>: every
    /// report the de-duplication merged into the event, in any article; with <paramref name="primaryOnly"/> only the first),
    /// as the task's mention <c>doc-sentence-word</c> (sentences are the lines of the article text, words its
    /// space-separated tokens), the row's day as the anchor, orders by anchor (a month or year before the days within it).</summary>
    public static EntityTimeline ToTimeline(
        string entity, IEnumerable<Query.Timelines.TimelineRow> rows, IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, string> published,
        bool primaryOnly = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(published);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var dated = new List<(string Date, string Mention)>();
        foreach (var row in rows)
        {
            var evidence = row.Provenance.Evidence;
            if (evidence.IsDefaultOrEmpty || primaryOnly)
            {
                evidence = [new MentionEvidence(row.Provenance.Document, row.Provenance.SentenceBegin, row.Provenance.Trigger, -1, -1)];
            }

            foreach (var reported in evidence)
            {
                var document = reported.Document.Value;
                if (!texts.TryGetValue(document, out var text) || Mention(document, text, row.Provenance, reported) is not { } mention || !seen.Add(mention))
                {
                    continue;
                }

                dated.Add((Anchor(row, published.GetValueOrDefault(document)), mention));
            }
        }

        var orders = Orders(dated.Select(d => d.Date));
        var lines = dated
            .Select(d => new TimelineRow(d.Date == Undated ? 0 : orders[d.Date], d.Date, [d.Mention]))
            .OrderBy(r => r.Order)
            .ThenBy(r => r.Mentions[0], StringComparer.Ordinal)
            .ToImmutableArray();
        return new EntityTimeline(entity, lines);
    }

    /// <summary>The order of each anchor (undated ones stay at 0): by date, a month or year anchor before the days
    /// within it ("2007-10-XX" before "2007-10-19", "2007-XX-XX" before "2007-02-27"), as the task's timelines order
    /// an event known only to the month or year.</summary>
    internal static Dictionary<string, int> Orders(IEnumerable<string> anchors) =>
        anchors.Where(d => d != Undated).Distinct(StringComparer.Ordinal)
            .OrderBy(d => d.Replace("XX", "00", StringComparison.Ordinal), StringComparer.Ordinal).ThenBy(d => d, StringComparer.Ordinal)
            .Select((date, index) => (date, index)).ToDictionary(p => p.date, p => p.index + 1, StringComparer.Ordinal);

    /// <summary>The anchor: the event's day when it is known to the day; else, for an event dated coarser (a month, a
    /// year, "on or before publication"), the article's date, which the task's annotators chose for most such events
    /// (anchoring month- and year-dated events to their month or year scored lower on the trial set); an event without
    /// any date stays undated (<c>XXXX-XX-XX</c>).</summary>
    private static string Anchor(Query.Timelines.TimelineRow row, string? publishedDay)
    {
        if (row.Granularity is Granularity.Day or Granularity.Hour or Granularity.Minute && row.Start is { } day)
        {
            return LocalDatePattern.Iso.Format(day);
        }

        if (row.Start is { } start && !row.Undated)
        {
            // The task writes a month or year anchor with X for the unknown parts.
            var year = start.Year.ToString("D4", CultureInfo.InvariantCulture);
            if (row.Granularity == Granularity.Month)
            {
                return year + "-" + start.Month.ToString("D2", CultureInfo.InvariantCulture) + "-XX";
            }

            if (row.Granularity == Granularity.Quarter)
            {
                // The task's annotators anchor a quarter ("in the third quarter") at its first day.
                return LocalDatePattern.Iso.Format(start);
            }

            if (row.Granularity == Granularity.Year)
            {
                return year + "-XX-XX";
            }
        }

        return row.Undated ? Undated : publishedDay ?? Undated;
    }

    /// <summary>The task writes a phrasal verb's mention as its words joined by <c>_</c> ("rolled_out", "lifting_off"):
    /// the trigger word and a following particle out, off, back or forward.</summary>
    private static string PhrasalVerb(string text, int offset, string word)
    {
        var after = offset + word.Length;
        if (after >= text.Length || text[after] != ' ')
        {
            return word;
        }

        var end = text.IndexOfAny([' ', '\n'], after + 1);
        var next = text[(after + 1)..(end < 0 ? text.Length : end)];
        return next is "out" or "off" or "back" or "forward" ? word + "_" + next : word;
    }

    private static string? Mention(string document, string text, Provenance provenance, MentionEvidence reported)
    {
        int offset;
        string? word;
        if (reported.TriggerBegin >= 0 && reported.TriggerEnd <= text.Length && reported.TriggerBegin < reported.TriggerEnd)
        {
            offset = reported.TriggerBegin;
            word = text[reported.TriggerBegin..reported.TriggerEnd].Split([' ', '\n', '…'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        }
        else
        {
            var begin = provenance.SentenceBegin;
            if (begin < 0 || begin > text.Length)
            {
                return null;
            }

            word = provenance.Trigger.Split([' ', '…'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            offset = begin + Math.Max(0, word is null ? 0 : provenance.Sentence.IndexOf(word, StringComparison.Ordinal));
        }

        if (word is null)
        {
            return null;
        }

        word = PhrasalVerb(text, offset, word);
        var sentence = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            sentence += text[i] == '\n' ? 1 : 0;
        }

        return EntityTimeline.MentionId(document, sentence, word);
    }
}
