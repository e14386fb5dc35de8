using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Tests.Actors;

public sealed class PhraseTableTests
{
    private static readonly PhraseTable Table = new(new Dictionary<string, Surface>(StringComparer.Ordinal)
    {
        ["Bad Kleinfeld"] = new(1, SurfaceKind.Place),
        ["Bad Kleinfeld am See"] = new(2, SurfaceKind.Place),
        ["Vorland"] = new(3, SurfaceKind.Name),
    });

    [Fact]
    public void Prefixes_of_phrases_are_known_but_are_no_phrases_themselves()
    {
        Assert.True(Table.Starts(PhraseTable.Extend(PhraseTable.Start, "Bad"), out var isPhrase));
        Assert.False(isPhrase);
        Assert.True(Table.Starts(PhraseTable.Extend(PhraseTable.Start, "Bad Kleinfeld am"), out isPhrase));
        Assert.False(isPhrase);
        Assert.True(Table.Starts(PhraseTable.Extend(PhraseTable.Start, "Bad Kleinfeld"), out isPhrase));
        Assert.True(isPhrase);
        Assert.False(Table.Starts(PhraseTable.Extend(PhraseTable.Start, "Kleinfeld"), out _));
    }

    [Fact]
    public void A_phrase_is_found_by_its_text_and_running_hash()
    {
        var hash = PhraseTable.Extend(PhraseTable.Step(PhraseTable.Extend(PhraseTable.Start, "Bad"), ' '), "Kleinfeld");

        Assert.True(Table.TryGet("Bad Kleinfeld", hash, out var surface));
        Assert.Equal(new Surface(1, SurfaceKind.Place), surface);
        Assert.True(Table.TryGet("Bad Kleinfeld am See", out surface));
        Assert.Equal(2, surface.Target);
        Assert.False(Table.TryGet("Bad", out _));
        Assert.False(Table.TryGet("Vorlan", out _));
        Assert.True(Table.TryGet("Vorland", out surface));
        Assert.Equal(SurfaceKind.Name, surface.Kind);
    }
}
