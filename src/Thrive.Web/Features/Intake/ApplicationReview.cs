namespace Thrive.Web.Features.Intake;

/// <summary>
/// What deciding an application and noting a call share: the application is found in its programme (never a
/// coordinator's place), changed by the domain, and saved unless someone else changed it first.
/// </summary>
internal static class ApplicationReview
{
    public static async Task<Result<Unit>> ChangeAsync(ThriveDbContext db, Guid programmeId, Guid participantId, Func<Participant, Result<Unit>> change, CancellationToken ct)
    {
        var place = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId && p.ProgrammeId == programmeId && p.Role != ParticipantRole.Coordinator, ct);
        if (place is null) return Error.NotFound("Application");
        var result = change(place);
        if (!result.Succeeded) return result;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Error.Conflict("Someone else changed this application just now. Reload to see their change."); }
        return result;
    }
}
