using System.CommandLine;
using Timeline.Cli.Processing;
using Timeline.Extraction.Json;
using Timeline.Reading;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline extract PATH...</c>: extraction only, nothing stored; prints the extraction JSON.</summary>
internal sealed class ExtractCommand : Command
{
    private readonly Argument<string[]> _paths = PathArguments.Create();

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the JSON to this file instead of standard output, e.g. -o extract.json.",
        HelpName = "FILE",
    };

    private readonly Option<Core.Documents.Language?> _language = CommonOptions.LanguageOption();
    private readonly Option<Reading.Publication.PublishedTime?> _published = CommonOptions.Published();
    private readonly Option<bool> _keepGivenDate = CommonOptions.KeepGivenDate();
    private readonly Option<string?> _actors = CommonOptions.ActorsFile();
    private readonly Option<Extraction.Events.EventCoverage> _coverage = CommonOptions.EventCoverage();
    private readonly CliContext _context;

    public ExtractCommand(CliContext context)
        : base("extract", "Extract events, actors, relations and time expressions and print them as JSON; nothing is stored.")
    {
        _context = context;
        Arguments.Add(_paths);
        Options.Add(_output);
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
        var outputPath = parseResult.GetValue(_output);
        var failures = 0;

        // Into a temporary file first, so that a failed run never leaves half a JSON document behind.
        var temporary = outputPath is null ? null : outputPath + ".tmp";
        var target = temporary is null ? _context.Output : OpenOutput(temporary, outputPath!);
        try
        {
            using (var json = new ExtractionJsonWriter(target))
            {
                var items = reader.ReadAsync(parseResult.GetValue(_paths)!, _context.Input, cancellationToken);
                await foreach (var outcome in OrderedParallelExtraction.RunAsync(items, pipeline, Environment.ProcessorCount, cancellationToken))
                {
                    if (outcome.Failure is { } failure)
                    {
                        failures++;
                        await _context.Error.WriteLineAsync($"timeline: {failure.Message}");
                        continue;
                    }

                    json.Write(outcome.Extraction!);
                }
            }

            await target.WriteLineAsync();
            await target.FlushAsync(cancellationToken);
        }
        finally
        {
            if (temporary is not null)
            {
                await target.DisposeAsync();
            }
        }

        if (temporary is not null)
        {
            File.Move(temporary, outputPath!, overwrite: true);
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static StreamWriter OpenOutput(string temporary, string outputPath)
    {
        try
        {
            return new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new Core.InputException($"--output: {outputPath}: cannot be written: {ex.Message}");
        }
    }
}
