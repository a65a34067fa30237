namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Sessions from a regular slot (a weekday and time in one person's time zone) until the programme ends; past times and
/// clashes with the pair's other sessions are refused. Both members get the series as calendar invitations.
/// </summary>
public static class ScheduleSessions
{
    public const int MaxSessions = 60;

    /// <summary>The slot: the day and time of the week in <see cref="TimeZone"/>, how long, how often, and the first session's date.</summary>
    public sealed record Request
    {
        public DayOfWeek Day { get; init; } = DayOfWeek.Tuesday;
        public TimeOnly Time { get; init; } = new(16, 0);
        public string? TimeZone { get; init; }
        public int Minutes { get; init; } = 60;
        public SessionCadence Cadence { get; init; } = SessionCadence.Weekly;
        public DateOnly? StartsOn { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, SessionInvitations invitations)
    {
        /// <summary>The number of sessions scheduled.</summary>
        public async Task<Result<int>> HandleAsync(Actor actor, Guid pairId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Session.Schedule, pairId, ct)).Denied is { } denied) return denied;
            if (r.StartsOn is not { } startsOn) return Error.Validation(nameof(Request.StartsOn), "Choose the day of the first session.");
            var slot = SessionSlot.Create(r.Day, r.Time, r.TimeZone ?? "", r.Minutes, r.Cadence, startsOn);
            if (!slot.Succeeded) return OnFields(slot.Errors);
            var end = await db.Pairs.Where(p => p.Id == pairId).Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => new { g.Id, g.StartDate, g.LengthWeeks }).FirstAsync(ct);
            var last = end.StartDate.AddDays(end.LengthWeeks * 7 - 1);
            var occurrences = SessionSchedule.Occurrences(slot.Value!, startsOn, last < startsOn ? startsOn : last).Take(MaxSessions).ToList();
            if (occurrences.Count == 0) return Error.Validation(nameof(Request.StartsOn), "No session falls between that day and the end of the programme.");
            var taken = (await db.Sessions.Where(s => s.PairId == pairId && s.Status == SessionStatus.Scheduled)
                .Select(s => new { s.StartUtc, s.EndUtc }).ToListAsync(ct)).Select(e => (e.StartUtc, e.EndUtc)).ToList();
            var now = reader.UtcNow;
            var planned = new List<MentoringSession>();
            foreach (var (start, finish) in occurrences)
            {
                var ok = SessionRules.ValidateNewSession(start, finish, now, taken);
                if (!ok.Succeeded) return OnFields(ok.Errors);
                taken.Add((start, finish));
                planned.Add(MentoringSession.Plan(pairId, start, finish));
            }
            db.Sessions.AddRange(planned);
            db.WebhookEvents.AddRange(planned.Select(s => WebhookEvent.ForSession(WebhookEventType.SessionScheduled, end.Id, s, now)));
            await db.SaveChangesAsync(ct);
            await invitations.SeriesScheduledAsync(await invitations.PeopleAsync(pairId, ct), actor.UserId, planned, ct);
            return occurrences.Count;
        }

        private static Result<int> OnFields(IReadOnlyList<Error> errors) => SessionChange.OnRequestFields<int>(errors,
            ("TimeZoneId", nameof(Request.TimeZone)), ("DurationMinutes", nameof(Request.Minutes)), ("LocalTime", nameof(Request.Time)),
            ("Start", nameof(Request.StartsOn)), ("End", nameof(Request.Minutes)));
    }
}
