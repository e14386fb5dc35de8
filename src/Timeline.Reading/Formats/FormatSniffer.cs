namespace Timeline.Reading.Formats;

/// <summary>Guesses the format of text whose name does not tell (standard input, <c>.xml</c>).</summary>
internal static class FormatSniffer
{
    public static InputFormat Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.StartsWith("{"))
        {
            return InputFormat.JsonLines;
        }

        if (head.StartsWith("<"))
        {
            if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
            {
                return InputFormat.Feed;
            }

            return InputFormat.Html;
        }

        return InputFormat.PlainText;
    }
}
