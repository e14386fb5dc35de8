using NodaTime;
using Timeline.Query.Exploration;
using Timeline.Query.Tests.Fakes;
using Timeline.Storage;

namespace Timeline.Query.Tests;

public sealed class ExplorationTests
{
    [Fact]
    public async Task The_shortest_path_goes_through_shared_events()
    {
        var store = await SampleNews.StoreAsync();

        var path = await ExplorationService.PathAsync(store, "Annalena Baerbock", "Lawrow", SnapshotWindow.Everything, CancellationToken.None);

        Assert.True(path.Found);
        Assert.Equal(
            ["annalena-baerbock>antony-blinken:event", "antony-blinken>sergei-lavrov:event"],
            path.Steps.Select(s => s.From.Value + ">" + s.To.Value + ":" + s.Via));
        Assert.Equal(new LocalDate(2024, 3, 4), path.Steps[1].Date);
        Assert.Equal(2, path.Steps[1].SharedEvents);
    }

    [Fact]
    public async Task A_path_can_use_a_relation()
    {
        var store = await SampleNews.StoreAsync();

        var path = await ExplorationService.PathAsync(store, "nato", "germany", SnapshotWindow.Everything, CancellationToken.None);

        Assert.Equal("MEMBER_OF", Assert.Single(path.Steps).Via);
    }

    [Fact]
    public async Task Separate_components_have_no_path_and_a_window_can_cut_one()
    {
        var store = await SampleNews.StoreAsync();

        Assert.False((await ExplorationService.PathAsync(store, "chile", "usa", SnapshotWindow.Everything, CancellationToken.None)).Found);
        var april = new SnapshotWindow(new LocalDate(2024, 4, 1), null, null);
        Assert.False((await ExplorationService.PathAsync(store, "Annalena Baerbock", "Lawrow", april, CancellationToken.None)).Found);
    }

    [Fact]
    public async Task Neighbours_are_found_within_k_hops()
    {
        var store = await SampleNews.StoreAsync();

        var one = await ExplorationService.NeighboursAsync(store, "germany", 1, SnapshotWindow.Everything, CancellationToken.None);
        var two = await ExplorationService.NeighboursAsync(store, "germany", 2, SnapshotWindow.Everything, CancellationToken.None);

        Assert.Equal(["annalena-baerbock", "nato", "ukraine"], one.Select(n => n.Actor.Value));
        Assert.Equal(
            ["annalena-baerbock:1", "nato:1", "ukraine:1", "antony-blinken:2", "russia:2"],
            two.Select(n => n.Actor.Value + ":" + n.Distance));
        Assert.Equal("ukraine", two.Single(n => n.Actor.Value == "russia").Via.Value);
    }

    [Fact]
    public async Task Centrality_ranks_the_connected_actors_and_sums_to_one()
    {
        var store = await SampleNews.StoreAsync();

        var centrality = await ExplorationService.CentralityAsync(store, SnapshotWindow.Everything, CancellationToken.None);

        Assert.Equal(1.0, centrality.Sum(c => c.PageRank), 3);
        Assert.Equal(4, centrality.Single(c => c.Actor.Value == "antony-blinken").Degree);
        Assert.Equal(centrality.Max(c => c.PageRank), centrality[0].PageRank);
        Assert.Contains(centrality[0].Actor.Value, new[] { "antony-blinken", "russia" });
        Assert.True(centrality.Single(c => c.Actor.Value == "chile").PageRank < centrality[0].PageRank);
        Assert.Equal(1, centrality.Single(c => c.Actor.Value == "peru").Component);
    }

    [Fact]
    public async Task Components_are_listed_largest_first()
    {
        var store = await SampleNews.StoreAsync();

        var components = await ExplorationService.ComponentsAsync(store, SnapshotWindow.Everything, CancellationToken.None);

        Assert.Equal(2, components.Length);
        Assert.Equal(9, components[0].Members.Length);
        Assert.Equal(["chile", "peru"], components[1].Members.Select(m => m.Value));
    }
}
