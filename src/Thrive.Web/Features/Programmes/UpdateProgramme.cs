namespace Thrive.Web.Features.Programmes;

/// <summary>Those who run a programme change its name, calendar, phases and status.</summary>
public static class UpdateProgramme
{
    public sealed record Request : ProgrammeSettings;

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Programme.Manage, programmeId, ct)).Denied is { } denied) return denied;
            var programme = await db.Programmes.FirstAsync(p => p.Id == programmeId, ct);
            var updated = programme.Update(r.ToDetails());
            if (!updated.Succeeded) return updated;
            if (!Enum.IsDefined(r.Status)) return Error.Validation(nameof(Request.Status), "Choose a status.");
            programme.SetStatus(r.Status);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
