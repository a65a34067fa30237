namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Either member moves one scheduled session to a new date and time, entered in a time zone of their choice (their own
/// by default). The length, agenda and notes stay; both get an updated invitation.
/// </summary>
public static class RescheduleSession
{
    /// <summary>The new date and time in <see cref="TimeZone"/>, and the version of the session the person saw.</summary>
    public sealed record Request
    {
        public DateOnly? Date { get; init; }
        public TimeOnly? Time { get; init; }
        public string? TimeZone { get; init; }
        /// <summary>The version the person saw; a different one means their partner changed the session meanwhile.</summary>
        public Guid Version { get; init; }
    }

    public const string Stale = "Your partner changed this session while you were looking at it. Check its time now and move it again if you still want to.";

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, SessionInvitations invitations)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Session.Write, sessionId, ct);
            if (grant.Denied is { } denied) return denied;
            var session = await db.Sessions.FirstAsync(s => s.Id == sessionId, ct);
            if (r.Version != session.Version) return Error.Conflict(Stale, code: "stale");
            var v = new Validate().That(r.Date is not null, nameof(Request.Date), "Choose the new date.").That(r.Time is not null, nameof(Request.Time), "Choose the new time.");
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var start = SessionTimes.FromLocal(r.Date!.Value, r.Time!.Value, r.TimeZone);
            if (!start.Succeeded) return OnFields(start.Errors);
            var (from, to) = (start.Value, start.Value + (session.EndUtc - session.StartUtc));
            // Only sessions that could clash are read: the pair's other scheduled ones around the new time.
            var around = await db.Sessions.AsNoTracking()
                .Where(s => s.PairId == session.PairId && s.Id != sessionId && s.Status == SessionStatus.Scheduled && s.StartUtc < to && s.EndUtc > from)
                .OrderBy(s => s.StartUtc).Select(s => new { s.StartUtc, s.EndUtc }).Take(10).ToListAsync(ct);
            var previous = session.StartUtc;
            var now = reader.UtcNow;
            var moved = session.Reschedule(from, to, now, around.Select(s => (s.StartUtc, s.EndUtc)));
            if (!moved.Succeeded) return OnFields(moved.Errors);
            db.WebhookEvents.Add(WebhookEvent.ForSession(WebhookEventType.SessionMoved, grant.ProgrammeId, session, now, previous));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict(Stale, code: "stale"); }
            await invitations.RescheduledAsync(await invitations.PeopleAsync(session.PairId, ct), actor.UserId, session, previous, ct);
            return Result.Ok();
        }

        private static Result<Unit> OnFields(IReadOnlyList<Error> errors) => SessionChange.OnRequestFields<Unit>(errors,
            ("TimeZoneId", nameof(Request.TimeZone)), ("Start", nameof(Request.Date)), ("End", nameof(Request.Time)));
    }
}
