using System.Collections.Immutable;
using NodaTime;
using Timeline.Core;
using Timeline.Core.Events;
using Timeline.Query.Tests.Fakes;
using Timeline.Query.Timelines;

namespace Timeline.Query.Tests;

public sealed class TimelineQueryTests
{
    private static async Task<TimelineResult> RunAsync(TimelineRequest request) =>
        await TimelineQuery.RunAsync(await SampleNews.StoreAsync(), request, CancellationToken.None);

    private static string[] Triggers(TimelineResult result) => [.. result.Rows.Select(r => r.Provenance.Trigger)];

    [Fact]
    public async Task A_country_without_members_has_only_its_own_events()
    {
        var result = await RunAsync(TimelineRequest.All with { Actors = ["USA"] });

        Assert.Equal(["Sanktionen", "threatened"], Triggers(result));
        Assert.Equal(["usa"], result.Actors.Select(a => a.Value));
    }

    [Fact]
    public async Task Include_members_counts_the_ministers_events_for_the_country()
    {
        var result = await RunAsync(TimelineRequest.All with { Actors = ["Vereinigte Staaten"], IncludeMembers = true });

        Assert.Equal(["spoke by phone", "accused", "traf", "Sanktionen", "threatened", "meet"], Triggers(result));
        Assert.Equal(["antony-blinken", "usa"], result.Actors.Select(a => a.Value));
    }

    [Fact]
    public async Task A_timeline_with_members_reads_only_what_it_shows_and_never_the_whole_graph()
    {
        var store = await SampleNews.StoreAsync();

        var result = await TimelineQuery.RunAsync(
            store, TimelineRequest.All with { Actors = ["Vereinigte Staaten"], IncludeMembers = true, Limit = 2 }, CancellationToken.None);

        Assert.Equal(0, store.SnapshotLoads);
        Assert.Equal(["spoke by phone", "accused"], Triggers(result));
        Assert.All(result.Rows, r => Assert.NotEqual(string.Empty, r.Provenance.Title));
        Assert.Contains(result.Rows[0].Participants, p => p.Name == "Antony Blinken");
    }

    [Fact]
    public async Task A_dyad_matches_both_directions()
    {
        var forward = await RunAsync(TimelineRequest.All with { Dyad = ("usa", "russia") });
        var backward = await RunAsync(TimelineRequest.All with { Dyad = ("Russland", "USA") });

        Assert.Equal(["Sanktionen"], Triggers(forward));
        Assert.Equal(Triggers(forward), Triggers(backward));
    }

    [Fact]
    public async Task A_dyad_with_members_includes_the_ministers_talks()
    {
        var result = await RunAsync(TimelineRequest.All with { Dyad = ("usa", "russia"), IncludeMembers = true });

        Assert.Equal(["spoke by phone", "accused", "Sanktionen", "meet"], Triggers(result));
    }

    [Fact]
    public async Task Type_mode_modality_window_and_source_filter()
    {
        Assert.Equal(3, (await RunAsync(TimelineRequest.All with { Types = [EventType.Consult] })).Rows.Length);
        Assert.Equal(["spoke by phone"], Triggers(await RunAsync(TimelineRequest.All with { Modes = ["PHONE"] })));
        Assert.Equal(
            [Modality.Planned, Modality.Planned],
            (await RunAsync(TimelineRequest.All with { Modalities = [Modality.Planned] })).Rows.Select(r => r.Modality));
        Assert.Equal(
            ["accused", "griff", "Hilfe"],
            Triggers(await RunAsync(TimelineRequest.All with { From = new LocalDate(2024, 3, 9), To = new LocalDate(2024, 3, 11) })));
        Assert.Equal(
            ["traf", "griff", "Hilfe", "Sanktionen"],
            Triggers(await RunAsync(TimelineRequest.All with { Source = "TAGESSCHAU" })));
    }

    [Fact]
    public async Task Events_are_ordered_by_start_then_width_and_undated_ones_are_placed_by_their_article()
    {
        var result = await RunAsync(TimelineRequest.All);

        Assert.Equal(
            ["agreed", "spoke by phone", "accused", "said", "traf", "griff", "Hilfe", "Sanktionen", "threatened", "meet", "said"],
            Triggers(result));
        var undated = result.Rows.Where(r => r.Undated).Select(r => r.Provenance.Document.Value);
        Assert.Equal(["wire-0305", "blog-undated"], undated);
        Assert.Null(result.Rows[3].Start);
    }

    [Fact]
    public async Task Every_row_carries_its_article_and_sentence()
    {
        var row = (await RunAsync(TimelineRequest.All with { Modes = ["phone"] })).Rows.Single();

        Assert.Equal("wire-0305", row.Provenance.Document.Value);
        Assert.Equal("Blinken and Lavrov speak by phone", row.Provenance.Title);
        Assert.Equal("Example Wire", row.Provenance.Source);
        Assert.StartsWith("US Secretary of State Antony Blinken spoke by phone", row.Provenance.Sentence, StringComparison.Ordinal);
        Assert.Equal(["Antony Blinken", "Sergei Lavrov"], row.Participants.Select(p => p.Name));
    }

    [Fact]
    public async Task Months_count_events_by_type_and_keep_undated_apart()
    {
        var result = await RunAsync(TimelineRequest.All with { GroupBy = Grouping.Month });

        Assert.Equal(["2024-02", "2024-03", "2024-04", "undated"], result.Periods.Select(p => p.Label));
        var march = result.Periods[1];
        Assert.Equal(7, march.Total);
        Assert.Equal(new LocalDate(2024, 3, 31), march.End);
        Assert.Equal<TypeCount>(
            [new TypeCount(EventType.Consult, 2), new TypeCount(EventType.Aid, 1), new TypeCount(EventType.Accuse, 1),
             new TypeCount(EventType.Threaten, 1), new TypeCount(EventType.Sanction, 1), new TypeCount(EventType.Assault, 1)],
            march.ByType);
    }

    [Fact]
    public async Task Weeks_are_iso_weeks_starting_on_monday()
    {
        var result = await RunAsync(TimelineRequest.All with { GroupBy = Grouping.Week, IncludeUndated = false });

        Assert.Equal(["2024-W08", "2024-W10", "2024-W11", "2024-W14"], result.Periods.Select(p => p.Label));
        Assert.Equal([1, 4, 3, 1], result.Periods.Select(p => p.Total));
        Assert.Equal(new LocalDate(2024, 3, 4), result.Periods[1].Start);
    }

    [Fact]
    public async Task The_dyad_score_weighs_cooperation_against_conflict_per_period()
    {
        var result = await RunAsync(TimelineRequest.All with { Dyad = ("usa", "russia"), IncludeMembers = true, GroupBy = Grouping.Month });

        var march = result.DyadScores[0];
        Assert.Equal(("2024-03", 3, 1, 1, 1), (march.Label, march.Events, march.VerbalCooperation, march.VerbalConflict, march.MaterialConflict));
        Assert.Equal(1.0 - 2.0 - 4.0, march.Score);
        Assert.Equal(-1.667, march.MeanScore);
        var april = result.DyadScores[1];
        Assert.Equal(("2024-04", 0.5), (april.Label, april.Score));
    }

    [Fact]
    public async Task The_limit_cuts_after_ordering()
    {
        var result = await RunAsync(TimelineRequest.All with { Limit = 2 });

        Assert.Equal(["agreed", "spoke by phone"], Triggers(result));
    }

    [Fact]
    public async Task An_unknown_actor_is_an_input_error()
    {
        await Assert.ThrowsAsync<InputException>(() => RunAsync(TimelineRequest.All with { Actors = ImmutableArray.Create("Atlantis") }));
    }
}
