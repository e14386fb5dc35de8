using Timeline.Core.Documents;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

/// <summary>The scan tries a rule only at a word whose length, first and last character a trigger word can have (case
/// ignored): the filter must let every spelling of a trigger word through.</summary>
public sealed class TriggerWordTests
{
    [Theory]
    [InlineData("Die Kommission tagte am MONTAG.", "MONTAG")]
    [InlineData("Die Kommission tagte am montag.", "montag")]
    [InlineData("Im jAnUaR wurde gewählt.", "jAnUaR")]
    [InlineData("Der Rat kam GESTERN zusammen.", "GESTERN")]
    [InlineData("Der Umsatz stieg im DRITTEN QUARTAL.", "DRITTEN QUARTAL")]
    [InlineData("Im Frühjahr öffnete die Schule.", "Frühjahr")]
    public void A_trigger_word_is_found_in_any_case(string text, string expression)
    {
        var timexes = Tagger.Tag(text, Language.German, Berlin(2023, 4, 1));
        Assert.Equal(expression, Single(timexes, expression).Text);
    }

    [Fact]
    public void Words_that_only_share_a_trigger_words_shape_start_nothing()
    {
        var timexes = Tagger.Tag("Der Mond stand über dem Dach, die Mutter sah zu.", Language.German, Berlin(2023, 4, 1));
        Assert.Empty(timexes);
    }
}
