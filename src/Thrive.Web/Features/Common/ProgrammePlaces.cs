namespace Thrive.Web.Features.Common;

/// <summary>
/// Where a person takes part: their accepted places as mentor or mentee, newest programme first. Goals, SWOTs,
/// boards and commitments belong to a person in one of these places.
/// </summary>
public sealed class ProgrammePlaces(ThriveDbContext db)
{
    public sealed record Place(Guid ProgrammeId, string ProgrammeName, ParticipantRole Role, DateOnly ProgrammeEnd);

    public async Task<IReadOnlyList<Place>> ListAsync(Guid userId, CancellationToken ct)
    {
        var rows = await db.Participants.Where(p => p.UserId == userId && p.Status == ApplicationStatus.Accepted && p.Role != ParticipantRole.Coordinator)
            .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => new { p.Role, g.Id, g.Name, g.StartDate, g.LengthWeeks })
            .OrderByDescending(x => x.StartDate).ThenBy(x => x.Id).Take(20).ToListAsync(ct);
        // The four columns the places need, not whole programmes: this runs on most pages a participant opens.
        return rows.Select(x => new Place(x.Id, x.Name, x.Role, Programme.EndOf(x.StartDate, x.LengthWeeks))).ToList();
    }

    /// <summary>The place in <paramref name="programmeId"/>, or the newest one when none is named; null without a place.</summary>
    public async Task<Place?> FindAsync(Guid userId, Guid? programmeId, CancellationToken ct)
    {
        var places = await ListAsync(userId, ct);
        return programmeId is { } id ? places.FirstOrDefault(p => p.ProgrammeId == id) : places.Count > 0 ? places[0] : null;
    }
}
