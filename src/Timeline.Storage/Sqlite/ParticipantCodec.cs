using System.Collections.Immutable;
using System.Text;
using Timeline.Core.Actors;
using Timeline.Core.Events;

namespace Timeline.Storage.Sqlite;

/// <summary>Encodes a report's participants in one column of <c>event_documents</c>: one <c>role TAB actor</c> line
/// each, in <see cref="EventAggregation.ParticipantOrder"/>. Actor ids are slugs; ids with a tab or line feed are
/// refused before writing (<see cref="IsEncodable"/>).</summary>
internal static class ParticipantCodec
{
    public static bool IsEncodable(ActorId actor) => actor.Value.Length > 0 && actor.Value.IndexOfAny(['\t', '\n']) < 0;

    public static string Encode(ImmutableArray<Participant> participants)
    {
        var builder = new StringBuilder();
        foreach (var participant in participants)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(participant.Role.ToWire()).Append('\t').Append(participant.Actor.Value);
        }

        return builder.ToString();
    }

    public static ImmutableArray<Participant> Decode(string encoded, string eventId)
    {
        if (encoded.Length == 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Participant>();
        foreach (var line in encoded.Split('\n'))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !EventWireNames.TryParseRole(line[..tab], out var role))
            {
                throw new InvalidDataException($"event {eventId}: unreadable participant '{line}'");
            }

            result.Add(new Participant(new ActorId(line[(tab + 1)..]), role));
        }

        return result.ToImmutable();
    }
}
