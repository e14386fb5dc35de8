using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Text;

public sealed class InvariantCaseTests
{
    [Fact]
    public void Every_character_maps_as_the_framework_maps_it()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant(c), InvariantCase.ToLower(c));
            Assert.Equal(char.ToUpperInvariant(c), InvariantCase.ToUpper(c));
        }
    }

    [Theory]
    [InlineData("Außenministerin ÄÖÜ Élysée")]
    [InlineData("ПРЕЗИДЕНТ Путин")]
    [InlineData("mixed Ωmega and İstanbul")]
    [InlineData("already lower")]
    [InlineData("")]
    public void Spans_and_strings_are_lowered_as_the_framework_lowers_them(string text)
    {
        Span<char> lower = stackalloc char[text.Length];
        InvariantCase.ToLower(text, lower);

        Assert.Equal(text.ToLowerInvariant(), lower.ToString());
        Assert.Equal(text.ToLowerInvariant(), InvariantCase.ToLower(text.AsSpan()));
    }
}
