using System.Buffers;
using Timeline.Extraction.Time;

namespace Timeline.Extraction.Tests.Time;

public sealed class SubstringSetTests
{
    private static readonly string[] Texts =
    [
        "",
        "i",
        "Die Regierung plant eine zweiwöchige Pause.",
        "Ein wichtiger, richtiger und eiliger Beschluss.",
        "DER DREITÄGIGE GIPFEL",
        "Wöchig steht am Anfang.",
        "am Ende steht tägig",
        "Der Monatige Rhythmus",
        "wöchi",
        "aaab und xyz",
        "ab",
        "zwei kurze Tage",
    ];

    [Theory]
    [InlineData("wöchig|wöchigen|tägig|TÄGIG|Wöchig|monatig")]
    [InlineData("aab|ab|x|eilig")]
    [InlineData("kurze|Pause|GIPFEL|steht")]
    [InlineData("nirgends|zzz")]
    public void Answers_like_a_multi_string_search(string list)
    {
        var values = list.Split('|');
        var set = new SubstringSet(values);
        var reference = SearchValues.Create(values, StringComparison.Ordinal);

        foreach (var text in Texts)
        {
            Assert.True(text.AsSpan().IndexOfAny(reference) >= 0 == set.OccursIn(text), text);
        }
    }

    [Fact]
    public void Finds_a_string_whose_shared_pair_also_occurs_earlier_in_the_text()
    {
        var set = new SubstringSet(["richtig", "tägig"]);

        Assert.True(set.OccursIn("Ein eiliger, hastiger und dann doch richtiger Schritt."));
        Assert.False(set.OccursIn("Ein eiliger und hastiger Schritt."));
    }
}
