using System.Globalization;
using Timeline.Export.Tests.Support;
using Timeline.Query.Tests.Fakes;
using Timeline.Storage;
using Timeline.Storage.Sqlite;

namespace Timeline.Export.Tests;

public sealed class SqliteSnapshotExportTests
{
    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("json")]
    [InlineData("cypher")]
    [InlineData("dot")]
    [InlineData("timelinejs")]
    [InlineData("html")]
    public async Task A_snapshot_of_the_sqlite_store_exports_like_the_in_memory_one(string format)
    {
        var path = Path.Combine(Path.GetTempPath(), "timeline-export-" + format + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".db");
        try
        {
            await using (var store = new SqliteGraphStore(path))
            {
                await store.InitializeAsync(CancellationToken.None);
                await store.WriteAsync(SampleNews.Articles(), CancellationToken.None);
                var snapshot = await store.LoadSnapshotAsync(SnapshotWindow.Everything, CancellationToken.None);

                Assert.Equal(await Exports.TextAsync(format), await Exports.TextAsync(format, snapshot));
            }
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }
}
