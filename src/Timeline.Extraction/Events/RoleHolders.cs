using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events;

/// <summary>German role nouns and the one person the document has named with each ("Bürgermeister Luigi Spagnolli",
/// "US-Außenminister John Kerry"), so that a later object without a name ("ein Misstrauensantrag gegen den
/// Bürgermeister", "empfing den Präsidenten") names its holder. A title used for two different persons names no one.</summary>
internal sealed class RoleHolders
{
    private const int MinTitleLength = 4;
    private readonly Dictionary<string, ActorId?> _holders = new(StringComparer.Ordinal);

    /// <summary>Records the titles standing right before a person's name in a sentence.</summary>
    public void Learn(string text, ImmutableArray<Token> tokens, ReadOnlySpan<Mention> mentions, CueLexicon cues)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != ActorKind.Person)
            {
                continue;
            }

            var at = SentenceAnalysis.TokenAt(tokens, mention.Span.Begin);
            if (at <= 0)
            {
                continue;
            }

            var before = tokens[at - 1];
            if (!IsTitleWord(text, before, cues) || Overlaps(mentions, before.Span))
            {
                continue;
            }

            var title = TitlePart(before.Lower);
            _holders[title] = _holders.TryGetValue(title, out var known) && known != mention.Actor ? null : mention.Actor;
        }
    }

    /// <summary>Whether a mention overlaps <paramref name="span"/>.</summary>
    private static bool Overlaps(ReadOnlySpan<Mention> mentions, TextSpan span)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Begin < span.End && span.Begin < m.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The holder of an unnamed role noun that is an object ("den/dem Präsidenten") or follows a preposition
    /// ("gegen den Bürgermeister", "mit der Präsidentin") between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public ActorId? Holder(string text, SentenceAnalysis sentence, int from, int to, CueLexicon cues)
    {
        var tokens = sentence.Tokens;
        for (var t = Math.Max(from, 1); t < to && t < tokens.Length; t++)
        {
            var article = tokens[t - 1].Lower;
            if (article is not ("den" or "dem" or "die" or "der") || !tokens[t].IsWord || !tokens[t].IsCapitalized(text)
                || sentence.InGroup(t))
            {
                continue;
            }

            var objectCase = article is "den" or "dem";
            var afterPreposition = t >= 2 && tokens[t - 2].IsWord && cues.Is(tokens[t - 2].Lower, CueClass.Preposition) && tokens[t - 2].Lower != "von";
            if ((objectCase || afterPreposition) && Find(TitlePart(tokens[t].Lower)) is { } holder)
            {
                return holder;
            }
        }

        return null;
    }

    private ActorId? Find(string word)
    {
        if (_holders.TryGetValue(word, out var exact))
        {
            return exact;
        }

        foreach (var (title, holder) in _holders)
        {
            // "Präsidenten", "Bürgermeisters": a case ending on the title.
            if (holder is not null && word.StartsWith(title, StringComparison.Ordinal) && word.Length - title.Length <= 2)
            {
                return holder;
            }
        }

        return null;
    }

    private static bool IsTitleWord(string text, Token token, CueLexicon cues) =>
        token.IsWord && token.IsCapitalized(text) && TitlePart(token.Lower).Length >= MinTitleLength
        && !cues.Is(token.Lower, CueClass.Determiner | CueClass.Preposition | CueClass.Calendar | CueClass.Weekday | CueClass.Pronoun | CueClass.Coordination);

    private static string TitlePart(string lower) => lower[(lower.LastIndexOf('-') + 1)..];
}
