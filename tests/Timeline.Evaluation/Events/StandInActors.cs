using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Extraction.Actors;

namespace Timeline.Evaluation.Events;

/// <summary>A plain surface-to-actor list (TSV: surface, actor id, kind) that stands in for the actor layer, so the
/// event extractor can be measured on its own while the actor recognizer is still being built.</summary>
internal sealed class StandInActors
{
    private readonly List<(string Surface, ActorId Actor, ActorKind Kind)> _entries;

    private StandInActors(List<(string, ActorId, ActorKind)> entries) => _entries = entries;

    public static StandInActors Load(string path)
    {
        var entries = new List<(string, ActorId, ActorKind)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 3 || !ActorKindNames.TryParse(columns[2].Trim(), out var kind))
            {
                throw new FormatException($"{path}: expected 'surface<TAB>actor<TAB>kind' in '{line}'");
            }

            entries.Add((columns[0], new ActorId(columns[1].Trim()), kind));
        }

        entries.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return new StandInActors(entries);
    }

    public ActorRecognition Recognize(Document document)
    {
        var text = document.Text;
        var used = new bool[text.Length];
        var mentions = new List<Mention>();
        foreach (var (surface, actor, kind) in _entries)
        {
            var at = 0;
            while ((at = text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
            {
                var boundary = at == 0 || !char.IsLetter(text[at - 1]);
                if (boundary && !used.AsSpan(at, surface.Length).Contains(true))
                {
                    mentions.Add(new Mention(new TextSpan(at, at + surface.Length), surface, actor, kind));
                    used.AsSpan(at, surface.Length).Fill(true);
                }

                at += surface.Length;
            }
        }

        return new ActorRecognition([.. mentions.OrderBy(m => m.Span.Begin)], [], ImmutableArray<Timeline.Core.Relations.Relation>.Empty);
    }
}
