namespace Timeline.Evaluation.Events;

/// <summary>Reads <c>--name value</c> options of an evaluation verb.</summary>
internal static class Options
{
    public static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
