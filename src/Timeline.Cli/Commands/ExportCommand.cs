using System.CommandLine;
using Timeline.Core;
using Timeline.Export;
using Timeline.Export.Formats;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline export FORMAT --output FILE</c>: a graph snapshot in one format, optionally as of a date or
/// within a window. The file appears only when the export is complete.</summary>
internal sealed class ExportCommand : Command
{
    private readonly Argument<string> _formatName = new("FORMAT")
    {
        Description = "graphml, gexf, json (Cytoscape.js), cypher, csv (neo4j-admin import), dot, timelinejs, html or png.",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "The file to write (for csv: a folder, or a .zip file), e.g. -o snapshot.graphml. Default: standard output.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _title = new("--title")
    {
        Description = "A title for the outputs that show one (HTML, TimelineJS, PNG), e.g. --title \"Ukraine, February 2022\".",
        HelpName = "TITLE",
    };

    private readonly WindowOptions _window = new();
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly CliContext _context;

    public ExportCommand(CliContext context)
        : base("export", "Export a graph snapshot: " + string.Join(", ", ExporterRegistry.Names) + ".")
    {
        _context = context;
        Arguments.Add(_formatName);
        Options.Add(_output);
        Options.Add(_title);
        _window.AddTo(this);
        Options.Add(_store);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var exporter = ExporterRegistry.Get(parseResult.GetValue(_formatName)!);
        var window = _window.Read(parseResult);
        var outputPath = parseResult.GetValue(_output);
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        using var snapshot = await store.OpenSnapshotAsync(window, cancellationToken);
        var options = new ExportOptions(parseResult.GetValue(_title) ?? "Timeline", window);

        if (outputPath is null)
        {
            await _context.Output.FlushAsync(cancellationToken);
            if (_context.OpenStandardOutput is { } openStandardOutput)
            {
                using var stdout = openStandardOutput();
                await exporter.WriteAsync(snapshot, stdout, options, cancellationToken);
            }
            else
            {
                // In-process callers (tests) capture text: hand them the bytes as UTF-8 text.
                using var buffer = new MemoryStream();
                await exporter.WriteAsync(snapshot, buffer, options, cancellationToken);
                await _context.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }

            return ExitCodes.Success;
        }

        if (exporter is Neo4jCsvExporter && !outputPath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            await WriteAtomicallyAsync(outputPath, temporary => Neo4jCsvExporter.WriteDirectoryAsync(snapshot, temporary, cancellationToken), isDirectory: true);
            return ExitCodes.Success;
        }

        await WriteAtomicallyAsync(
            outputPath,
            async temporary =>
            {
                await using var file = File.Create(temporary);
                await exporter.WriteAsync(snapshot, file, options, cancellationToken);
            },
            isDirectory: false);
        return ExitCodes.Success;
    }

    private static async Task WriteAtomicallyAsync(string path, Func<string, Task> write, bool isDirectory)
    {
        var temporary = path.TrimEnd('/', '\\') + ".partial";
        try
        {
            await write(temporary);
        }
        catch (Exception ex)
        {
            // Never leave half an export behind.
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }

            File.Delete(temporary);
            if (ex is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"--output: {path}: cannot be written: {ex.Message}");
            }

            throw;
        }

        if (isDirectory)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            Directory.Move(temporary, path.TrimEnd('/', '\\'));
        }
        else
        {
            File.Move(temporary, path, overwrite: true);
        }
    }
}
