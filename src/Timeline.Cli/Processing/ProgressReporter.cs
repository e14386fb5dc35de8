using System.Diagnostics;
using System.Globalization;

namespace Timeline.Cli.Processing;

/// <summary>Shows articles/s and events found on one overwritten stderr line, at most twice a second; silent when
/// stderr is not a terminal.</summary>
internal sealed class ProgressReporter(TextWriter error, bool enabled)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastShown = TimeSpan.Zero;
    private bool _shown;

    public void Report(long articles, long events, long failed)
    {
        if (!enabled || _clock.Elapsed - _lastShown < Interval)
        {
            return;
        }

        _lastShown = _clock.Elapsed;
        _shown = true;
        var rate = articles / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{articles} articles ({rate:0.0}/s), {events} events, {failed} skipped   "));
    }

    /// <summary>Ends the progress line so that following messages start on a fresh line.</summary>
    public void Done(long articles, long events, long failed)
    {
        if (!enabled)
        {
            return;
        }

        if (_shown)
        {
            error.Write('\r');
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles} articles, {events} events, {failed} skipped in {_clock.Elapsed.TotalSeconds:0.0} s"));
    }
}
