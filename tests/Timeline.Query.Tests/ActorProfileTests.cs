using NodaTime;
using Timeline.Core.Events;
using Timeline.Core.Relations;
using Timeline.Query.Actors;
using Timeline.Query.Tests.Fakes;
using Timeline.Query.Timelines;
using Timeline.Storage;

namespace Timeline.Query.Tests;

public sealed class ActorProfileTests
{
    [Fact]
    public async Task A_profile_has_roles_counts_first_and_last_seen_and_counterparts()
    {
        var store = await SampleNews.StoreAsync();

        var profile = await ActorProfileService.GetAsync(store, "blinken", SnapshotWindow.Everything, 3, CancellationToken.None);

        Assert.Equal("antony-blinken", profile.Actor.Id.Value);
        Assert.Equal<string>(["Blinken"], profile.Actor.Aliases);
        var role = Assert.Single(profile.Roles);
        Assert.Equal((RelationType.HoldsRole, "usa", "Secretary of State", new LocalDate(2024, 3, 5)), (role.Type, role.Other.Value, role.Title, role.FirstObserved));
        Assert.Equal(4, profile.Events);
        Assert.Equal<TypeCount>([new TypeCount(EventType.Consult, 3), new TypeCount(EventType.Accuse, 1)], profile.ByType);
        Assert.Equal<RoleCount>([new RoleCount(ParticipantRole.Source, 2), new RoleCount(ParticipantRole.Participant, 2)], profile.ByRole);
        Assert.Equal(new LocalDate(2024, 3, 4), profile.FirstSeen);
        Assert.Equal(new LocalDate(2024, 4, 30), profile.LastSeen);
        Assert.Equal(["sergei-lavrov:2", "annalena-baerbock:1", "russia:1"], profile.TopCounterparts.Select(c => c.Actor.Value + ":" + c.SharedEvents));
    }

    [Fact]
    public async Task A_country_profile_lists_who_holds_roles_for_it()
    {
        var store = await SampleNews.StoreAsync();

        var profile = await ActorProfileService.GetAsync(store, "Deutschland", SnapshotWindow.Everything, 5, CancellationToken.None);

        Assert.Equal(["annalena-baerbock"], profile.Members.Select(m => m.Other.Value));
        Assert.Equal([(RelationType.MemberOf, "nato")], profile.Roles.Select(r => (r.Type, r.Other.Value)));
    }

    [Fact]
    public async Task A_window_limits_the_profile()
    {
        var store = await SampleNews.StoreAsync();

        var profile = await ActorProfileService.GetAsync(
            store, "blinken", new SnapshotWindow(new LocalDate(2024, 4, 1), null, null), 3, CancellationToken.None);

        Assert.Equal(1, profile.Events);
        Assert.Equal(new LocalDate(2024, 4, 1), profile.FirstSeen);
    }
}
