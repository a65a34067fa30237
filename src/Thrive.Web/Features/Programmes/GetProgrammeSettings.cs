namespace Thrive.Web.Features.Programmes;

/// <summary>A programme's current settings as the edit form starts with them, for those who may change it.</summary>
public static class GetProgrammeSettings
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<UpdateProgramme.Request>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Programme.Manage, programmeId, ct)).Denied is { } denied) return denied;
            return await db.Programmes.Where(p => p.Id == programmeId)
                .Select(p => new UpdateProgramme.Request
                {
                    Name = p.Name, Description = p.Description, StartDate = p.StartDate, LengthWeeks = p.LengthWeeks, Cadence = p.Cadence,
                    Status = p.Status, GettingToKnowEndWeek = p.GettingToKnowEndWeek, GoalsEndWeek = p.GoalsEndWeek,
                })
                .FirstAsync(ct);
        }
    }
}
