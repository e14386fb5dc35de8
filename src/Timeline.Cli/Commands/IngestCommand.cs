using System.CommandLine;
using Timeline.Cli.Processing;
using Timeline.Core.Extraction;
using Timeline.Reading;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline ingest PATH...</c>: reads articles, extracts their facts on every core and writes them to the
/// store in input order, in batches that each commit atomically (an article is never half-written). Idempotent.</summary>
internal sealed class IngestCommand : Command
{
    /// <summary>Articles written per store call: large enough to amortise a commit (the embedded store rewrites the
    /// pages a commit touched, so 64 articles per commit wrote about 14 times the bytes of 5,000, docs/storage.md), small
    /// enough to hold little in memory and to lose little work on a kill (re-ingesting redoes it idempotently).</summary>
    private const int BatchSize = 256;

    private readonly Argument<string[]> _paths = PathArguments.Create();

    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<Core.Documents.Language?> _language = CommonOptions.LanguageOption();
    private readonly Option<Reading.Publication.PublishedTime?> _published = CommonOptions.Published();
    private readonly Option<bool> _keepGivenDate = CommonOptions.KeepGivenDate();
    private readonly Option<string?> _actors = CommonOptions.ActorsFile();
    private readonly Option<Extraction.Events.EventCoverage> _coverage = CommonOptions.EventCoverage();
    private readonly CliContext _context;

    public IngestCommand(CliContext context)
        : base("ingest", "Read articles, extract events, actors and relations, and load them into the store.")
    {
        _context = context;
        Arguments.Add(_paths);
        Options.Add(_store);
        Options.Add(_language);
        Options.Add(_published);
        Options.Add(_keepGivenDate);
        Options.Add(_actors);
        Options.Add(_coverage);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var pipeline = PipelineFactory.Create(parseResult.GetValue(_actors), parseResult.GetValue(_coverage));
        var reader = new ArticleReader(new ReaderOptions(parseResult.GetValue(_language), parseResult.GetValue(_published), parseResult.GetValue(_keepGivenDate)));
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        var progress = new ProgressReporter(_context.Error, _context.IsErrorTerminal);
        long articles = 0, events = 0, failures = 0;
        var batch = new List<DocumentExtraction>(BatchSize);
        var items = reader.ReadAsync(parseResult.GetValue(_paths)!, _context.Input, cancellationToken);
        await foreach (var outcome in OrderedParallelExtraction.RunAsync(items, pipeline, Environment.ProcessorCount, cancellationToken))
        {
            if (outcome.Failure is { } failure)
            {
                failures++;
                await _context.Error.WriteLineAsync($"timeline: {failure.Message}");
                continue;
            }

            batch.Add(outcome.Extraction!);
            if (batch.Count == BatchSize)
            {
                await store.WriteAsync(batch, cancellationToken);
                (articles, events) = (articles + batch.Count, events + batch.Sum(b => b.Events.Length));
                batch.Clear();
            }

            progress.Report(articles + batch.Count, events, failures);
        }

        if (batch.Count > 0)
        {
            await store.WriteAsync(batch, cancellationToken);
            (articles, events) = (articles + batch.Count, events + batch.Sum(b => b.Events.Length));
        }

        progress.Done(articles, events, failures);
        return failures == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
