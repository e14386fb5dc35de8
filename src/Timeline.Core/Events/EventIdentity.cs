using System.Security.Cryptography;
using System.Text;
using NodaTime.Text;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Time;

namespace Timeline.Core.Events;

/// <summary>Computes the stable id that makes two mentions of one real event the same <see cref="Event"/>.</summary>
/// <remarks>
/// The identity is the type, the set of participating actors (roles ignored: "Blinken calls Lavrov" and "Lavrov and
/// Blinken talk" are one call) and the dated interval. An undated event cannot be matched safely across articles, so its
/// identity also holds the document and the sentence start.
/// </remarks>
public static class EventIdentity
{
    public static EventId For(EventType type, IEnumerable<ActorId> actors, EventTime? time, DocumentId document, int sentenceBegin)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var builder = new StringBuilder();
        builder.Append(type.ToWire()).Append('|');
        builder.AppendJoin(',', actors.Select(a => a.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        builder.Append('|');
        if (time is null)
        {
            builder.Append("undated|").Append(document.Value).Append('|')
                .Append(sentenceBegin.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(LocalDatePattern.Iso.Format(time.Start)).Append('/').Append(LocalDatePattern.Iso.Format(time.End));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return new EventId("ev-" + Convert.ToHexStringLower(hash, 0, 8));
    }
}
