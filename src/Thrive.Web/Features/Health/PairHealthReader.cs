namespace Thrive.Web.Features.Health;

/// <summary>
/// The health of every active pair of some programmes, read from counts and dates only: never a note, an agenda's
/// text, feedback, wellbeing or a reflection. Six queries whatever the number of pairs: the programmes, the pairs
/// with their counts and latest dates, their past sessions, the mentees' commitments, their recent check-ins, and the
/// coordinators' latest steps. The caller has checked the reader runs these programmes.
/// </summary>
public sealed class PairHealthReader(ThriveDbContext db)
{
    /// <summary>At most this many active pairs per read: the health page shows them all, so the bound is generous.</summary>
    public const int MaxPairs = 2000;

    /// <summary>Each pair shows its latest steps of the escalation ladder, at most this many.</summary>
    public const int StepsShown = 5;

    /// <summary>Check-ins this far back decide whether a commitment was missed twice.</summary>
    private const int CheckInDays = 100;

    public sealed record Step(EscalationStep Kind, DateTimeOffset At, string CoordinatorName, string Note);

    public sealed record PairHealthRow(Guid PairId, Guid ProgrammeId, string MenteeName, string MentorName, DateTimeOffset ActivatedAt,
        DateTimeOffset? LastHeld, DateTimeOffset? NextSession, PairHealthAssessment Health, IReadOnlyList<Step> Steps)
    {
        public HealthStatus Status => Health.Status;
    }

    public async Task<IReadOnlyList<PairHealthRow>> ForAsync(IReadOnlyList<Guid> programmeIds, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(programmeIds);
        if (programmeIds.Count == 0) return [];
        var programmes = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id))
            .Select(p => new { p.Id, p.StartDate, p.LengthWeeks, p.Cadence }).ToListAsync(ct);
        var active = db.Pairs.AsNoTracking().Where(p => programmeIds.Contains(p.ProgrammeId) && p.State == PairState.Active && p.ActivatedAt != null);
        var pairs = await (
                from p in active
                join e in db.Users on p.MenteeId equals e.Id
                join m in db.Users on p.MentorId equals m.Id
                orderby p.ActivatedAt, p.Id
                select new
                {
                    p.Id, p.ProgrammeId, p.MenteeId, MenteeName = e.DisplayName, MentorName = m.DisplayName, ActivatedAt = p.ActivatedAt!.Value,
                    OpenActions = db.ActionItems.Count(a => a.PairId == p.Id && a.DoneAt == null),
                    OverdueActions = db.ActionItems.Count(a => a.PairId == p.Id && a.DoneAt == null && a.DueDate != null && a.DueDate < today),
                    LastActionDone = db.ActionItems.Where(a => a.PairId == p.Id && a.DoneAt != null).OrderByDescending(a => a.DoneAt).Select(a => a.DoneAt).FirstOrDefault(),
                    LastActionAdded = db.ActionItems.Where(a => a.PairId == p.Id).OrderByDescending(a => a.CreatedAt).Select(a => (DateTimeOffset?)a.CreatedAt).FirstOrDefault(),
                    MidpointHeld = db.MidpointChecks.Any(c => c.PairId == p.Id && c.HeldAt != null),
                    Goals = db.Goals.Count(g => g.OwnerId == p.MenteeId && g.ProgrammeId == p.ProgrammeId && g.Status != GoalStatus.Dropped),
                    Achieved = db.Goals.Count(g => g.OwnerId == p.MenteeId && g.ProgrammeId == p.ProgrammeId && g.Status == GoalStatus.Achieved),
                    LastGoalUpdate = db.Goals.Where(g => g.OwnerId == p.MenteeId && g.ProgrammeId == p.ProgrammeId)
                        .OrderByDescending(g => g.UpdatedAt).Select(g => (DateTimeOffset?)g.UpdatedAt).FirstOrDefault(),
                    LastMeasure = (from x in db.MeasureEntries
                                   join g in db.Goals on x.GoalId equals g.Id
                                   where g.OwnerId == p.MenteeId && g.ProgrammeId == p.ProgrammeId
                                   orderby x.RecordedAt descending
                                   select (DateTimeOffset?)x.RecordedAt).FirstOrDefault(),
                    // A card's UpdatedAt moves with every move and edit: the latest one is the board's last change,
                    // read from the cards themselves rather than from every move ever recorded (three times fewer rows).
                    LastCardChange = (from t in db.Tasks
                                      join b in db.Boards on t.BoardId equals b.Id
                                      where b.OwnerId == p.MenteeId && b.ProgrammeId == p.ProgrammeId
                                      orderby t.UpdatedAt descending
                                      select (DateTimeOffset?)t.UpdatedAt).FirstOrDefault(),
                    // The latest ratings' count and average only: never a comment, never who gave which.
                    Ratings = db.SessionRatings.Where(r => r.PairId == p.Id).OrderByDescending(r => r.AnsweredAt).Take(PairHealth.RatingsRead).Count(),
                    RatingAverage = db.SessionRatings.Where(r => r.PairId == p.Id).OrderByDescending(r => r.AnsweredAt).Take(PairHealth.RatingsRead).Average(r => (double?)r.Score),
                    NextSession = db.Sessions.Where(s => s.PairId == p.Id && s.Status == SessionStatus.Scheduled && s.StartUtc >= now)
                        .OrderBy(s => s.StartUtc).Select(s => (DateTimeOffset?)s.StartUtc).FirstOrDefault(),
                })
            .Take(MaxPairs).ToListAsync(ct);
        if (pairs.Count == 0) return [];

        // Sessions whose time has come, cancelled ones aside: how many were planned, held, and had their agenda on time.
        var sessions = (await (
                from s in db.Sessions.AsNoTracking()
                join p in active on s.PairId equals p.Id
                where s.StartUtc < now && s.Status != SessionStatus.Cancelled
                orderby s.StartUtc descending, s.Id
                select new { s.PairId, s.StartUtc, s.Status, s.AgendaSharedAt })
            .Take(MaxPairs * 60).ToListAsync(ct)).ToLookup(s => s.PairId);

        // The mentees' commitments with only what a schedule needs, then their recent check-ins as flat rows: two
        // narrow reads rather than one that repeats every commitment's columns on each of its check-ins.
        var since = today.AddDays(-CheckInDays);
        var mentees = active.Select(p => new { p.Id, p.MenteeId, p.ProgrammeId });
        var commitmentRows = await (
                from c in db.Commitments.AsNoTracking()
                join p in mentees on new { Owner = c.OwnerId, c.ProgrammeId } equals new { Owner = p.MenteeId, p.ProgrammeId }
                where !c.Archived
                orderby c.CreatedAt, c.Id
                select new
                {
                    PairId = p.Id, c.Id, Schedule = new HabitSchedule(c.Times, c.Period, c.Kind, c.Target, c.StartDate, c.Direction),
                    LastCheckIn = db.CheckIns.Where(x => x.CommitmentId == c.Id).OrderByDescending(x => x.RecordedAt).Select(x => (DateTimeOffset?)x.RecordedAt).FirstOrDefault(),
                })
            .Take(MaxPairs * 10).ToListAsync(ct);
        var checkIns = (await (
                from x in db.CheckIns.AsNoTracking()
                join c in db.Commitments on x.CommitmentId equals c.Id
                // A set of mentees (one IN list), not a join: joined, SQLite looked the pairs up again for every check-in.
                where programmeIds.Contains(c.ProgrammeId) && mentees.Select(p => p.MenteeId).Contains(c.OwnerId) && !c.Archived && x.Date >= since
                orderby x.CommitmentId, x.Date, x.Id
                select new { x.CommitmentId, x.Date, x.Value })
            .Take(MaxPairs * 10 * (CheckInDays + 1)).ToListAsync(ct)).ToLookup(x => x.CommitmentId, x => new DayValue(x.Date, x.Value));
        var commitments = commitmentRows.ToLookup(c => c.PairId);

        var steps = (await (
                from x in db.PairEscalations.AsNoTracking()
                join p in active on x.PairId equals p.Id
                join u in db.Users on x.CoordinatorId equals u.Id
                orderby x.At descending, x.Id
                select new { x.PairId, Step = new Step(x.Step, x.At, u.DisplayName, x.Note) })
            .Take(MaxPairs * StepsShown).ToListAsync(ct)).ToLookup(x => x.PairId, x => x.Step);

        return pairs.Select(p =>
        {
            var programme = programmes.First(g => g.Id == p.ProgrammeId);
            var past = sessions[p.Id].ToList();
            var held = past.Where(s => s.Status == SessionStatus.Held).ToList();
            var habits = commitments[p.Id].Select(c => (
                MissedTwice: ReminderRules.MissedTwiceSince(HabitStats.Periods(c.Schedule, checkIns[c.Id], today)) is not null, c.LastCheckIn)).ToList();
            var lastHeld = held.Count == 0 ? (DateTimeOffset?)null : held.Max(s => s.StartUtc);
            var progress = new[] { p.LastGoalUpdate, p.LastMeasure }.Max();
            var activity = new[]
            {
                lastHeld, past.Max(s => s.AgendaSharedAt), p.LastActionDone, p.LastActionAdded, progress, p.LastCardChange,
                habits.Max(h => h.LastCheckIn),
            }.Max();
            var facts = new PairHealthFacts(p.ActivatedAt, programme.Cadence, lastHeld, past.Count, held.Count,
                past.Count, past.Count(s => s.AgendaSharedAt is { } shared && shared <= s.StartUtc - PairHealth.AgendaLeadTime),
                p.OpenActions, p.OverdueActions, p.Goals, p.Achieved, progress, habits.Count, habits.Count(h => h.MissedTwice),
                MidpointCheck.Window(programme.StartDate, programme.LengthWeeks), p.MidpointHeld, activity, p.Ratings, p.RatingAverage);
            return new PairHealthRow(p.Id, p.ProgrammeId, p.MenteeName, p.MentorName, p.ActivatedAt, lastHeld, p.NextSession,
                PairHealth.Assess(facts, now, today), steps[p.Id].Take(StepsShown).ToList());
        }).ToList();
    }
}
