using Timeline.Core;
using Timeline.Core.Actors;
using Timeline.Storage;

namespace Timeline.Query.Actors;

/// <summary>Turns the names a user typed into actors, through the store.</summary>
internal static class ActorResolver
{
    public static async Task<Actor> ResolveAsync(IGraphStore store, string nameOrId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(nameOrId))
        {
            throw new InputException("actor: the name is empty");
        }

        var found = await store.FindActorsAsync(nameOrId.Trim(), cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            throw new InputException($"actor: no actor is named '{nameOrId.Trim()}'");
        }

        return found[0];
    }
}
