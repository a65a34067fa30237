using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Sessions;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Either member moves one scheduled session to a new date and time, entered in a time zone of their choice (their own
/// by default). The length, agenda and notes stay; both get an updated invitation.
/// </summary>
public static class RescheduleSession
{
    /// <param name="Version">The version the person saw; a different one means their partner changed the session meanwhile.</param>
    public sealed record Request(DateOnly? Date, TimeOnly? Time, string? TimeZone, Guid Version);

    public const string Stale = "Your partner changed this session while you were looking at it. Check its time now and move it again if you still want to.";

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock, SessionInvitations invitations)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null) return Error.NotFound("Session");
            var (denied, _) = await access.CheckPairMemberAsync(actor, session.PairId, ct);
            if (denied is not null) return denied;
            if (r.Version != session.Version) return Error.Conflict(Stale);
            var v = new Validate().That(r.Date is not null, "Date", "Choose the new date.").That(r.Time is not null, "Time", "Choose the new time.");
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var start = SessionTimes.FromLocal(r.Date!.Value, r.Time!.Value, r.TimeZone);
            if (!start.Succeeded) return Result<Unit>.Fail(start.Errors);
            var (from, to) = (start.Value, start.Value + (session.EndUtc - session.StartUtc));
            // Only sessions that could clash are read: the pair's other scheduled ones around the new time.
            var around = await db.Sessions.AsNoTracking()
                .Where(s => s.PairId == session.PairId && s.Id != sessionId && s.Status == SessionStatus.Scheduled && s.StartUtc < to && s.EndUtc > from)
                .OrderBy(s => s.StartUtc).Select(s => new { s.StartUtc, s.EndUtc }).Take(10).ToListAsync(ct);
            var previous = session.StartUtc;
            var moved = session.Reschedule(from, to, clock.GetUtcNow(), around.Select(s => (s.StartUtc, s.EndUtc)));
            if (!moved.Succeeded) return moved;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict(Stale); }
            var people = await invitations.PeopleAsync(session.PairId, ct);
            await invitations.RescheduledAsync(people, actor.UserId, session, previous, ct);
            return Result.Ok();
        }
    }
}
