using Timeline.Core;
using Timeline.Core.Actors;
using Timeline.Storage;

namespace Timeline.Query.Actors;

/// <summary>Turns the names a user typed into actors, through the store: an exact id, name or alias first; else a
/// name or alias that ends with the typed words ("Lawrow" for "Sergej Lawrow"), the most active such actor first.</summary>
internal static class ActorResolver
{
    public static async Task<Actor> ResolveAsync(IGraphStore store, string nameOrId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(nameOrId))
        {
            throw new InputException("actor: the name is empty");
        }

        var name = nameOrId.Trim();
        var found = await store.FindActorsAsync(name, cancellationToken).ConfigureAwait(false);
        if (found.Count > 0)
        {
            return found[0];
        }

        // A surname or the last words of a name: only looked at when nothing matches exactly.
        var suffix = " " + name;
        var candidates = await store.ListActorsAsync(cancellationToken).ConfigureAwait(false);
        var best = candidates
            .Where(a => a.Actor.Aliases.Prepend(a.Actor.Name).Any(n => n.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(a => a.Events)
            .ThenByDescending(a => a.Mentions)
            .ThenBy(a => a.Actor.Id.Value, StringComparer.Ordinal)
            .FirstOrDefault();
        return best?.Actor ?? throw new InputException($"actor: no actor is named '{name}'");
    }
}
