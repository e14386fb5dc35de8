using System.Collections.Immutable;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Extraction.Events;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Events;

/// <summary>How a trigger lexicon built from hand-written patterns matches words: exact forms only as whole words,
/// prefixes of two or more letters on any word they begin (the word itself included), compound parts anywhere in a word.</summary>
public sealed class TriggerLexiconTests
{
    private static readonly TriggerLexicon Lexicon = TriggerLexicon.Build(
    [
        Entry(0, "traf", EventType.Consult),
        Entry(1, "angriff*", EventType.Assault),
        Entry(2, "*truppen", EventType.Mobilize),
        Entry(3, "g*", EventType.Statement),
        Entry(4, "verhandl*", EventType.Consult),
    ]);

    [Theory]
    [InlineData("Der Minister traf gestern ein.", "traf")]
    [InlineData("Der Minister trafen gestern ein.", "")]
    [InlineData("Ein Angriff wurde gemeldet.", "Angriff")]
    [InlineData("Die Angriffe wurden gemeldet.", "Angriffe")]
    [InlineData("Die Angrif wurden gemeldet.", "")]
    [InlineData("Die Bodentruppen rückten vor.", "Bodentruppen")]
    [InlineData("Die Truppen rückten vor.", "Truppen")]
    [InlineData("Die Truppe rückte vor.", "")]
    [InlineData("Die Verhandlungen laufen.", "Verhandlungen")]
    [InlineData("Die Verhand laufen.", "")]
    public void Words_match_by_exact_form_prefix_or_compound_part(string sentence, string expected)
    {
        var tokens = Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length));

        var found = Lexicon.Match(tokens, 0, tokens.Length).Select(m => sentence[tokens[m.Head].Span.Begin..tokens[m.Head].Span.End]);

        Assert.Equal(expected, string.Join(" ", found));
    }

    [Fact]
    public void A_prefix_of_one_letter_matches_nothing()
    {
        const string sentence = "Gestern gab es Gespräche.";
        var tokens = Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length));

        Assert.Empty(Lexicon.Match(tokens, 0, tokens.Length));
    }

    private static TriggerEntry Entry(int index, string form, EventType type) =>
        new(index, form, [new TriggerElement([form], null)], type, null, TriggerFrame.Svo, ImmutableArray<string>.Empty);
}
