using System.Text.RegularExpressions;

namespace Timeline.Extraction.Time;

/// <summary>A regular expression that starts in the interpreter and switches to a compiled twin once it has run often
/// enough to repay the compilation; both engines give the same matches.</summary>
/// <remarks>
/// The grammars hold about 300 expressions. Compiling them all up front (<see cref="RegexOptions.Compiled"/>) emits and
/// JIT-compiles three methods per expression, most of which a run of a few hundred articles uses rarely or never: it
/// took about a third of the CPU time of <c>timeline extract</c> over 1,000 articles. The switch happens after
/// <see cref="CompileAfter"/> matches; a long run ends up with the compiled code of every expression that matters.
/// Thread-safe: the use count is approximate on purpose (no interlocked increment on the hot path), and only one thread
/// compiles.
/// </remarks>
internal sealed class TieredRegex
{
    /// <summary>Matches before the compiled twin is built. Compiling one expression costs on the order of a millisecond
    /// (far more for the largest, which the JIT then compiles without optimisation); the compiled engine saves a fraction
    /// of a microsecond per match. At 4,000, a warm 10,000-article run spent 212 of the time tagger's 728 profile samples
    /// compiling twins; never compiling cut that run's CPU time by about a tenth (docs/event-extraction.md, session 6).</summary>
    public const int CompileAfter = 1_000_000;

    private readonly Regex _interpreted;
    private Regex? _compiled;
    private int _uses;
    private int _compiling;

    public TieredRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        _interpreted = new Regex(pattern, options, timeout);
    }

    /// <summary>Whether the compiled twin is in use (for tests).</summary>
    internal bool IsCompiled => Volatile.Read(ref _compiled) is not null;

    public Match Match(string input) => Current().Match(input);

    public Match Match(string input, int start) => Current().Match(input, start);

    private Regex Current()
    {
        if (Volatile.Read(ref _compiled) is { } compiled)
        {
            return compiled;
        }

        if (++_uses >= CompileAfter && Interlocked.Exchange(ref _compiling, 1) == 0)
        {
            var twin = new Regex(_interpreted.ToString(), _interpreted.Options | RegexOptions.Compiled, _interpreted.MatchTimeout);
            Volatile.Write(ref _compiled, twin);
            return twin;
        }

        return _interpreted;
    }
}
