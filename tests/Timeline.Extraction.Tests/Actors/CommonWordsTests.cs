using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Tests.Actors;

public sealed class CommonWordsTests
{
    private static readonly CommonWords Words = CommonWords.Instance;

    [Fact]
    public void The_shipped_list_holds_hundreds_of_thousands_of_words()
    {
        Assert.True(Words.Count > 300_000, $"only {Words.Count} words");
    }

    [Theory]
    [InlineData("Haus")]
    [InlineData("Regierung")]
    [InlineData("Flüchtlingsunterkünften")] // a compound, judged by its last part
    [InlineData("Gleich")] // a lower-case word at the start of a sentence
    [InlineData("Panzerung")] // a noun by its ending
    [InlineData("Strasse")] // Swiss spelling
    public void Common_words_are_recognised(string word)
    {
        Assert.True(Words.IsCommon(word));
    }

    [Theory]
    [InlineData("Brzeczkowski")]
    [InlineData("Kwarzinowo")]
    [InlineData("Ouagadougou")]
    public void Names_are_no_common_words(string word)
    {
        Assert.False(Words.IsCommon(word));
    }

    [Fact]
    public void A_listed_word_is_judged_as_a_whole_not_by_its_parts()
    {
        Assert.True(Words.IsCommon("Wachtelmann"));
        Assert.False(Words.IsListed("Wachtelmann"));
        Assert.True(Words.IsListed("Farbe"));
    }
}
