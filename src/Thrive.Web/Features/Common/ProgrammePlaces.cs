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
        // The four columns the places need, not whole programmes, in a query compiled once: this runs on most pages a participant opens.
        var rows = await Rows(db, userId).ToListAsync(ct);
        return rows.Select(x => new Place(x.Id, x.Name, x.Role, Programme.EndOf(x.StartDate, x.LengthWeeks))).ToList();
    }

    private sealed record Row(ParticipantRole Role, Guid Id, string Name, DateOnly StartDate, int LengthWeeks);

    private static readonly Func<ThriveDbContext, Guid, IAsyncEnumerable<Row>> Rows = EF.CompileAsyncQuery((ThriveDbContext db, Guid userId) =>
        db.Participants.Where(p => p.UserId == userId && p.Status == ApplicationStatus.Accepted && p.Role != ParticipantRole.Coordinator)
            .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => new { p.Role, Programme = g })
            .OrderByDescending(x => x.Programme.StartDate).ThenBy(x => x.Programme.Id).Take(20)
            .Select(x => new Row(x.Role, x.Programme.Id, x.Programme.Name, x.Programme.StartDate, x.Programme.LengthWeeks)));

    /// <summary>The place in <paramref name="programmeId"/>, or the newest one when none is named; null without a place.</summary>
    public async Task<Place?> FindAsync(Guid userId, Guid? programmeId, CancellationToken ct)
    {
        var places = await ListAsync(userId, ct);
        return programmeId is { } id ? places.FirstOrDefault(p => p.ProgrammeId == id) : places.Count > 0 ? places[0] : null;
    }
}
