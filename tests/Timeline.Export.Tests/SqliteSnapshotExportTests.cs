using System.Globalization;
using NodaTime;
using Timeline.Core.Graph;
using Timeline.Export.Tests.Support;
using Timeline.Query.Tests.Fakes;
using Timeline.Storage;
using Timeline.Storage.Sqlite;

namespace Timeline.Export.Tests;

public sealed class SqliteSnapshotExportTests
{
    public static TheoryData<string> Formats => [.. ExporterRegistry.Names];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_snapshot_of_the_sqlite_store_exports_like_the_in_memory_one(string format)
    {
        await using var store = await TemporaryStore.CreateAsync(format);
        var snapshot = await store.Store.LoadSnapshotAsync(SnapshotWindow.Everything, CancellationToken.None);

        Assert.Equal(await Exports.BytesAsync(format), await Exports.BytesAsync(format, snapshot));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_streamed_snapshot_exports_the_same_bytes_as_the_loaded_one(string format)
    {
        await using var store = await TemporaryStore.CreateAsync("stream-" + format);
        foreach (var window in new[] { SnapshotWindow.Everything, new SnapshotWindow(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31), null) })
        {
            var loaded = await store.Store.LoadSnapshotAsync(window, CancellationToken.None);
            byte[] streamed;
            using (var source = await store.Store.OpenSnapshotAsync(window, CancellationToken.None))
            {
                Assert.IsNotType<InMemorySnapshotSource>(source);
                streamed = await BytesAsync(format, source);
            }

            Assert.Equal(await Exports.BytesAsync(format, loaded), streamed);
        }
    }

    [Fact]
    public async Task A_streamed_snapshot_reads_its_events_again_in_order_and_releases_the_store_when_disposed()
    {
        await using var store = await TemporaryStore.CreateAsync("stream-twice");
        using (var source = await store.Store.OpenSnapshotAsync(SnapshotWindow.Everything, CancellationToken.None))
        {
            var first = source.ReadEvents().Select(e => e.Id.Value).ToList();
            var second = source.ReadEvents().ToList();

            Assert.Equal(source.EventCount, first.Count);
            Assert.Equal(first, second.Select(e => e.Id.Value));
            Assert.Equal(second.Order(SnapshotOrder.Events).Select(e => e.Id.Value), first);
            Assert.Equal(source.ParticipationCount, second.Sum(e => e.Participants.Length));
        }

        var statistics = await store.Store.GetStatisticsAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(statistics.Events > 0);
    }

    private static async Task<byte[]> BytesAsync(string format, ISnapshotSource source)
    {
        using var output = new MemoryStream();
        await ExporterRegistry.Get(format).WriteAsync(source, output, new ExportOptions("Sample news", SnapshotWindow.Everything), CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>The sample articles in a SQLite file of their own, deleted afterwards.</summary>
    private sealed class TemporaryStore : IAsyncDisposable
    {
        private readonly string _path;

        private TemporaryStore(string path, SqliteGraphStore store)
        {
            _path = path;
            Store = store;
        }

        public SqliteGraphStore Store { get; }

        public static async Task<TemporaryStore> CreateAsync(string name)
        {
            var path = Path.Combine(Path.GetTempPath(), "timeline-export-" + name + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".db");
            var store = new SqliteGraphStore(path);
            await store.InitializeAsync(CancellationToken.None);
            await store.WriteAsync(SampleNews.Articles(), CancellationToken.None);
            return new TemporaryStore(path, store);
        }

        public async ValueTask DisposeAsync()
        {
            await Store.DisposeAsync();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_path) + "*"))
            {
                File.Delete(file);
            }
        }
    }
}
