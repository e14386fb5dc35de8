using NodaTime;

namespace Timeline.Reading.Publication;

/// <summary>A publication time as the input gave it: a local date and time, with its offset when the input stated one.</summary>
/// <param name="Local">The local date and time (midnight when only a date was given).</param>
/// <param name="Offset">The stated UTC offset, or null to read <see cref="Local"/> in the outlet's zone.</param>
public sealed record PublishedTime(LocalDateTime Local, Offset? Offset)
{
    /// <summary>The instant with its offset: the stated one, else the offset of <paramref name="zone"/> at that time.</summary>
    public OffsetDateTime Resolve(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Offset is { } offset ? Local.WithOffset(offset) : zone.AtLeniently(Local).ToOffsetDateTime();
    }
}
