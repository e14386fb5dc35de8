using System.CommandLine;
using NodaTime;
using Timeline.Core;
using Timeline.Storage;

namespace Timeline.Cli.Commands;

/// <summary>The snapshot window options (<c>--from</c>, <c>--to</c>, <c>--as-of</c>) of exploration and export commands.</summary>
internal sealed class WindowOptions
{
    public Option<LocalDate?> From { get; } = CommonOptions.Date("--from", "Only events ending on or after this date, e.g. --from 2022-01-01.");

    public Option<LocalDate?> To { get; } = CommonOptions.Date("--to", "Only events starting on or before this date, e.g. --to 2022-03-31.");

    public Option<LocalDate?> AsOf { get; } = CommonOptions.Date("--as-of", "Only what had happened and been reported by this date, e.g. --as-of 2022-02-24.");

    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(AsOf);
    }

    public SnapshotWindow Read(ParseResult parseResult)
    {
        var from = parseResult.GetValue(From);
        var to = parseResult.GetValue(To);
        if (from is { } f && to is { } t && t < f)
        {
            throw new InputException("--to: the end date is before the --from date");
        }

        return new SnapshotWindow(from, to, parseResult.GetValue(AsOf));
    }
}
