using Timeline.Storage.Neo4j.Bolt;

namespace Timeline.Storage.Tests.Neo4j.Bolt;

public sealed class PackStreamTests
{
    public static TheoryData<object?, string> Encodings() => new()
    {
        { null, "C0" },
        { true, "C3" },
        { false, "C2" },
        { 0L, "00" },
        { 127L, "7F" },
        { -16L, "F0" },
        { -17L, "C8 EF" },
        { -128L, "C8 80" },
        { 128L, "C9 00 80" },
        { 32767L, "C9 7F FF" },
        { 32768L, "CA 00 00 80 00" },
        { 2147483648L, "CB 00 00 00 00 80 00 00 00" },
        { long.MinValue, "CB 80 00 00 00 00 00 00 00" },
        { 1.1, "C1 3F F1 99 99 99 99 99 9A" },
        { "", "80" },
        { "A", "81 41" },
        { "Größe", "87 47 72 C3 B6 C3 9F 65" },
        { new string('x', 16), "D0 10 " + string.Join(' ', Enumerable.Repeat("78", 16)) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Scalars_use_the_smallest_encoding_of_the_specification(object? value, string hex)
    {
        Assert.Equal(hex, Hex(PackStreamWriter.Encode(value)));
        Assert.Equal(value, PackStreamReader.Decode(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void Lists_maps_and_structures_use_tiny_headers_up_to_fifteen_items()
    {
        Assert.Equal("93 01 02 03", Hex(PackStreamWriter.Encode(new List<object?> { 1L, 2L, 3L })));
        Assert.Equal("A1 81 61 81 62", Hex(PackStreamWriter.Encode(new Dictionary<string, object?> { ["a"] = "b" })));
        Assert.Equal("B1 70 A0", Hex(PackStreamWriter.Encode(new PackStreamStructure(0x70, [new Dictionary<string, object?>()]))));
        var sixteen = Enumerable.Range(0, 16).Select(i => (object?)(long)i).ToList();
        Assert.StartsWith("D4 10 00 01", Hex(PackStreamWriter.Encode(sixteen)), StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_values_round_trip_unchanged()
    {
        var value = new Dictionary<string, object?>
        {
            ["name"] = "x'}) DETACH DELETE n //",
            ["numbers"] = new List<object?> { -1L, 0L, 1_000_000_000_000L, 0.5, double.MaxValue },
            ["long text"] = new string('ä', 70_000),
            ["bytes"] = new byte[] { 1, 2, 3 },
            ["nothing"] = null,
            ["nested"] = new Dictionary<string, object?> { ["list"] = Enumerable.Range(0, 300).Select(i => (object?)(long)i).ToList() },
            ["node"] = new PackStreamStructure(0x4E, [1L, new List<object?> { "Actor" }, new Dictionary<string, object?>()]),
        };

        var decoded = (Dictionary<string, object?>)PackStreamReader.Decode(PackStreamWriter.Encode(value))!;

        Assert.Equal(value.Keys, decoded.Keys);
        Assert.Equal(value["name"], decoded["name"]);
        Assert.Equal((List<object?>)value["numbers"]!, (List<object?>)decoded["numbers"]!);
        Assert.Equal(value["long text"], decoded["long text"]);
        Assert.Equal((byte[])value["bytes"]!, (byte[])decoded["bytes"]!);
        Assert.Null(decoded["nothing"]);
        Assert.Equal(300, ((List<object?>)((Dictionary<string, object?>)decoded["nested"]!)["list"]!).Count);
        var node = Assert.IsType<PackStreamStructure>(decoded["node"]);
        Assert.Equal(0x4E, node.Tag);
        Assert.Equal(3, node.Fields.Count);
    }

    [Theory]
    [InlineData("C4")]
    [InlineData("E0")]
    [InlineData("D0 05 41")]
    [InlineData("93 01 02")]
    public void Reserved_markers_and_truncated_data_are_errors(string hex)
    {
        Assert.Throws<InvalidDataException>(() => PackStreamReader.Decode(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_repeated_map_key_keeps_the_last_value()
    {
        var decoded = (Dictionary<string, object?>)PackStreamReader.Decode(Convert.FromHexString("A2816101816102"))!;

        Assert.Equal(2L, decoded["a"]);
    }

    private static string Hex(byte[] bytes) => string.Join(' ', bytes.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
}
