namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Either member names a scheduled session's own video link or place (empty: the mentoring plan's again). Both get an
/// updated invitation, so that their calendars show the new LOCATION.
/// </summary>
public static class SetSessionPlace
{
    public sealed record Request
    {
        /// <summary>A video link (http or https) or a place in words, up to 200 characters; empty to follow the plan.</summary>
        public string? Place { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, SessionInvitations invitations)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Session.Write, sessionId, ct);
            if (grant.Denied is { } denied) return denied;
            var before = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Sequence).FirstAsync(ct);
            var saved = await SessionChange.SaveAsync(db, sessionId, s => s.SetPlace(r.Place), ct);
            if (!saved.Succeeded) return SessionChange.OnRequestFields<Unit>(saved.Errors, (nameof(MentoringSession.MeetingPlace), nameof(Request.Place)));
            if (saved.Value!.Sequence != before)
                await invitations.PlaceChangedAsync(await invitations.PeopleAsync(grant.PairId, ct), actor.UserId, saved.Value, ct);
            return Result.Ok();
        }
    }
}
