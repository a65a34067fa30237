namespace Thrive.Web.Features.Intake;

/// <summary>The invitation form of a programme, for those who may invite people into it.</summary>
public static class GetInvitationForm
{
    /// <summary>The programme, and whether the reader may also import a file of people (the form links to it).</summary>
    public sealed record View(Guid ProgrammeId, string ProgrammeName, bool CanImport);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Programme.Manage, programmeId, ct);
            if (grant.Denied is { } denied) return denied;
            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            return new View(programmeId, name, grant.May(Policy.Application.Review));
        }
    }
}
