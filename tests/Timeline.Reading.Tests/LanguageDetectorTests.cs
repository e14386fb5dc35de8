using Timeline.Core.Documents;

namespace Timeline.Reading.Tests;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Die Regierung hat am Montag neue Sanktionen gegen das Land beschlossen, die ab sofort gelten.", Language.German)]
    [InlineData("The government imposed new sanctions on the country on Monday, which take effect at once.", Language.English)]
    [InlineData("", Language.English)]
    [InlineData("Macron traf am Montag Olaf Scholz.", Language.German)]
    [InlineData("Lula empfing gestern Pedro Sánchez.", Language.German)]
    [InlineData("Müller kritisierte Meloni.", Language.German)]
    [InlineData("Biden visited Warsaw.", Language.English)]
    [InlineData("Sunak met Meloni on Friday.", Language.English)]
    [InlineData("Putin warned Finland.", Language.English)]
    public void Function_words_decide_the_language(string text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));
}
