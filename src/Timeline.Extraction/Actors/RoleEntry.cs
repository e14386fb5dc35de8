using NodaTime;
using Timeline.Core.Actors;

namespace Timeline.Extraction.Actors;

/// <summary>A role a person held: <c>Außenminister</c> of <c>usa</c> from 2021-01-26 to 2025-01-20.</summary>
internal sealed record RoleEntry(string Title, ActorId Of, LocalDate? From, LocalDate? To)
{
    public bool HeldOn(LocalDate? date) =>
        date is not { } d || ((From is not { } from || from <= d) && (To is not { } to || d <= to));
}
