using Timeline.Core;
using Timeline.Core.Actors;
using Timeline.Storage;

namespace Timeline.Cli.Commands;

/// <summary>Turns the names users type into actor ids, and ids back into display names.</summary>
internal static class ActorNames
{
    public static async Task<ActorId> ResolveAsync(IGraphStore store, string name, string option, CancellationToken cancellationToken)
    {
        var matches = await store.FindActorsAsync(name, cancellationToken);
        return matches.Count > 0
            ? matches[0].Id
            : throw new InputException($"{option}: no actor named '{name}' in {store.DisplayName}; see timeline actors");
    }

    public static async Task<IReadOnlyDictionary<ActorId, string>> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var actors = await store.ListActorsAsync(cancellationToken);
        return actors.ToDictionary(a => a.Actor.Id, a => a.Actor.Name);
    }
}
