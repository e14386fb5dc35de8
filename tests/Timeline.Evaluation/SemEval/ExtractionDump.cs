using System.Globalization;
using System.Text;
using Timeline.Core.Extraction;

namespace Timeline.Evaluation.SemEval;

/// <summary>The <c>semeval --explain DIR</c> aid: per article, the lines of its text, the actor mentions and the
/// time expressions (value, interval) and the
/// extracted events (type, time, participants, every mention's trigger), for analysing lost points; console-style
/// text files outside the project.</summary>
internal static class ExtractionDump
{
    public static string Describe(DocumentExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var text = extraction.Document.Text;
        var builder = new StringBuilder();
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                builder.Append(CultureInfo.InvariantCulture, $"[{line}@{lineStart}] {text[lineStart..i]}\n");
                line++;
                lineStart = i + 1;
            }
        }

        foreach (var mention in extraction.Mentions.OrderBy(m => m.Span.Begin))
        {
            builder.Append(CultureInfo.InvariantCulture, $"  actor @{mention.Span.Begin} '{mention.Text}' {mention.Actor.Value} {mention.Kind}\n");
        }

        foreach (var timex in extraction.Timexes)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  timex @{timex.Span.Begin} '{timex.Text}' {timex.Type} {timex.Value} {timex.Interval?.Value ?? "-"}{(timex.Mod is null ? "" : " " + timex.Mod)}\n");
        }

        foreach (var e in extraction.Events)
        {
            var participants = string.Join(",", e.Participants.Select(p => p.Role + ":" + p.Actor.Value));
            var mentions = string.Join(" | ", e.Mentions.Select(m => string.Create(CultureInfo.InvariantCulture,
                $"'{m.Trigger}'@{m.TriggerSpan.Begin} {m.Modality} time<{m.TimeEvidence?.Text}>")));
            builder.Append(CultureInfo.InvariantCulture, $"  -> {e.Type} {e.Mode} {e.Time?.Value ?? "-"} [{participants}] {mentions}\n");
        }

        return builder.ToString();
    }
}
