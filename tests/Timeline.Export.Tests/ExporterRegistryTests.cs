using Timeline.Core;
using Timeline.Export.Tests.Support;

namespace Timeline.Export.Tests;

public sealed class ExporterRegistryTests
{
    [Fact]
    public void Every_format_of_the_contract_has_an_exporter()
    {
        Assert.Equal<string>(["graphml", "gexf", "json", "cypher", "csv", "dot", "timelinejs", "html", "png"], ExporterRegistry.Names);
        Assert.Equal("gexf", ExporterRegistry.Get(" GEXF ").Name);
    }

    [Fact]
    public void An_unknown_format_is_an_input_error()
    {
        var error = Assert.Throws<InputException>(() => ExporterRegistry.Get("xlsx"));
        Assert.Contains("graphml", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("json")]
    [InlineData("cypher")]
    [InlineData("csv")]
    [InlineData("dot")]
    [InlineData("timelinejs")]
    [InlineData("html")]
    [InlineData("png")]
    public async Task The_same_snapshot_gives_the_same_bytes(string format)
    {
        var first = await Exports.BytesAsync(format);
        var second = await Exports.BytesAsync(format, await Exports.SnapshotAsync());

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("json")]
    [InlineData("cypher")]
    [InlineData("dot")]
    [InlineData("timelinejs")]
    [InlineData("html")]
    public async Task The_output_matches_its_golden_file(string format)
    {
        var exporter = ExporterRegistry.Get(format);

        Golden.Check("sample." + format + "." + exporter.FileExtension, await Exports.TextAsync(format));
    }

    [Fact]
    public async Task The_shuffled_snapshot_exports_identically()
    {
        var snapshot = await Exports.SnapshotAsync();
        var shuffled = snapshot with
        {
            Actors = [.. snapshot.Actors.Reverse()],
            Events = [.. snapshot.Events.Reverse()],
            Relations = [.. snapshot.Relations.Reverse()],
            Documents = [.. snapshot.Documents.Reverse()],
        };

        Assert.Equal(await Exports.BytesAsync("graphml", snapshot), await Exports.BytesAsync("graphml", shuffled));
        Assert.Equal(await Exports.BytesAsync("cypher", snapshot), await Exports.BytesAsync("cypher", shuffled));
    }
}
