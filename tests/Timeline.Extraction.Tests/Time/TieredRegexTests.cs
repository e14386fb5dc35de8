using System.Text.RegularExpressions;
using Timeline.Extraction.Time;

namespace Timeline.Extraction.Tests.Time;

public sealed class TieredRegexTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [Fact]
    public void A_rarely_used_expression_stays_in_the_interpreter()
    {
        var regex = new TieredRegex(@"\b(?<d>\d{1,2})\. (Januar|Februar)", Options, Regex.InfiniteMatchTimeout);

        var match = regex.Match("Am 3. Februar kamen sie zusammen.");

        Assert.True(match.Success);
        Assert.Equal("3. Februar", match.Value);
        Assert.False(regex.IsCompiled);
    }

    [Fact]
    public void After_enough_matches_the_compiled_twin_gives_the_same_matches()
    {
        const string Text = "Gespräche am 3. Februar, am 14. Januar und am 28. februar; nicht am 40. März.";
        var regex = new TieredRegex(@"\b(?<d>\d{1,2})\. (Januar|Februar)\b", Options, Regex.InfiniteMatchTimeout);
        var interpreted = AllMatches(regex, Text);

        for (var i = 0; i < TieredRegex.CompileAfter; i++)
        {
            regex.Match(Text, 0);
        }

        Assert.True(regex.IsCompiled);
        Assert.Equal(["3. Februar@13", "14. Januar@28", "28. februar@46"], interpreted);
        Assert.Equal(interpreted, AllMatches(regex, Text));
    }

    [Fact]
    public void A_right_to_left_expression_keeps_its_direction_when_compiled()
    {
        var regex = new TieredRegex(@"(?:in den kommenden )?drei Jahren\G", Options | RegexOptions.RightToLeft, Regex.InfiniteMatchTimeout);
        const string Text = "Die Armee soll in den kommenden drei Jahren wachsen.";
        var end = Text.IndexOf(" wachsen", StringComparison.Ordinal);

        var before = regex.Match(Text, end).Value;
        for (var i = 0; i < TieredRegex.CompileAfter; i++)
        {
            regex.Match(Text, end);
        }

        Assert.True(regex.IsCompiled);
        Assert.Equal("in den kommenden drei Jahren", before);
        Assert.Equal(before, regex.Match(Text, end).Value);
    }

    private static List<string> AllMatches(TieredRegex regex, string text)
    {
        var found = new List<string>();
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            found.Add(FormattableString.Invariant($"{match.Value}@{match.Index}"));
        }

        return found;
    }
}
