using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Tests.Actors;

public sealed class RoleLexiconTests
{
    [Theory]
    [InlineData("Chef")]
    [InlineData("Chefs")]
    [InlineData("Parteichef")]
    [InlineData("Parteichefin")]
    [InlineData("Außenministerin")]
    [InlineData("Außenministers")]
    [InlineData("Präsidenten")]
    [InlineData("PRÄSIDENT")]
    [InlineData("Regierungssprecherin")]
    [InlineData("Pentagon-Sprecher")]
    [InlineData("spokeswoman")]
    [InlineData("Bürgermeisterin")]
    [InlineData("Papst")]
    public void A_head_with_any_case_ending_is_a_role_whatever_its_compound(string word)
    {
        Assert.True(RoleLexicon.IsRole(word), word);
    }

    [Theory]
    [InlineData("Regierung")]
    [InlineData("Mannschaft")]
    [InlineData("Minister\u0131um")] // a dotless i outside Latin-1 goes to the full check, which finds no head
    [InlineData("Hef")]
    [InlineData("Wetter")]
    [InlineData("Ministerium")]
    public void Words_ending_in_no_head_are_no_roles(string word)
    {
        Assert.False(RoleLexicon.IsRole(word), word);
    }

    [Fact]
    public void The_title_is_the_word_without_its_case_ending()
    {
        Assert.True(RoleLexicon.TryRole("Außenministers", out var title, out var political));
        Assert.Equal("Außenminister", title);
        Assert.True(political);
    }
}
