namespace Thrive.Web.Features.Reminders;

public sealed record Person(Guid Id, string Email, string Name, string TimeZone);

/// <summary>One mail that is due: its key, its kind and its reader; the text is written later, only for what is sent.</summary>
public sealed record DueReminder(string Key, ReminderKind Kind, Person To, Func<ReminderMail.Writer, OutgoingMail> Write);

/// <summary>
/// Works out which reminders are due at an instant, with a handful of set-based queries (never one per person):
/// sessions in the next week, open action items, commitments and their recent check-ins, active pairs and their
/// last held session, and the coordinators of stalled pairs.
/// </summary>
public sealed partial class DueReminders(ThriveDbContext db, Microsoft.Extensions.Options.IOptions<ThriveOptions> options, Health.PairHealthReader health)
{
    private const int CheckInWindowDays = 120;
    private const int OverdueWindowDays = 14;

    /// <summary>The earliest calendar day anyone is in at <paramref name="now"/> (UTC-12): a lower bound for every person's today.</summary>
    private static DateOnly EarliestToday(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime.AddHours(-12));

    private RemindersOptions O => options.Value.Reminders;

    /// <param name="Place">The session's own video link or place, else the pair's plan's (empty when neither names one).</param>
    public sealed record SessionRow(Guid Id, Guid PairId, DateTimeOffset StartUtc, bool AgendaShared, Person Mentee, Person Mentor, string Place = "");

    public sealed record ActionRow(Guid Id, Guid PairId, Guid? SessionId, string Text, DateOnly? DueDate, Person Owner);

    public sealed record CommitmentRow(Guid Id, string Sentence, HabitPeriod Period, HabitSummary Summary, DateOnly? MissedTwiceSince, Person Owner);

    /// <param name="QuietSince">The last held session (or the pair's start): the instant, shown in each reader's own day.</param>
    public sealed record PairRow(Guid Id, Guid ProgrammeId, string ProgrammeName, int QuietDays, DateTimeOffset QuietSince, Person Mentee, Person Mentor)
    {
        /// <summary>The quiet spell's day in UTC, the same for everyone: part of the key that mails each spell once.</summary>
        public DateOnly SpellKey => DateOnly.FromDateTime(QuietSince.UtcDateTime);
    }

    public sealed record Coordinator(Guid ProgrammeId, Person Person);

    public sealed record FeedbackRow(Guid Id, Guid PairId, Domain.Relationship.FeedbackKind Kind, Person Giver, Person Receiver);

    /// <summary>A problem in someone's practice log that is due for a second attempt on <see cref="DueOn"/>.</summary>
    public sealed record PracticeRow(Guid Id, string Title, DateOnly DueOn, Person Owner);

    /// <summary>New feedback is told about within this long of being given (after that the receiver has been in the app, or never will).</summary>
    public static readonly TimeSpan FeedbackWindow = TimeSpan.FromDays(2);

    /// <summary>Everything one pass reads, so that the digest reuses what the single reminders already loaded.</summary>
    public sealed record Snapshot(IReadOnlyList<SessionRow> Sessions, IReadOnlyList<ActionRow> Actions, IReadOnlyList<CommitmentRow> Commitments,
        IReadOnlyList<PairRow> Pairs, IReadOnlyList<Coordinator> Coordinators, IReadOnlyList<FeedbackRow> Feedback, IReadOnlyList<PracticeRow> Practice);

    public async Task<IReadOnlyList<DueReminder>> ComputeAsync(DateTimeOffset now, CancellationToken ct)
    {
        var s = await LoadAsync(now, ct);
        var hour = O.SendFromHour;
        var due = new List<DueReminder>();
        foreach (var x in s.Sessions)
        {
            foreach (var (me, partner, isMentee) in new[] { (x.Mentee, x.Mentor, true), (x.Mentor, x.Mentee, false) })
            {
                if (ReminderRules.IsTomorrow(x.StartUtc, now, me.TimeZone, hour))
                    due.Add(new(ReminderKeys.SessionTomorrow(x.Id, me.Id), ReminderKind.SessionTomorrow, me, w => w.SessionTomorrow(x, me, partner, isMentee)));
            }
            if (!x.AgendaShared && ReminderRules.IsTomorrow(x.StartUtc.AddDays(-1), now, x.Mentee.TimeZone, hour))
                due.Add(new(ReminderKeys.AgendaDue(x.Id, x.Mentee.Id), ReminderKind.AgendaDue, x.Mentee, w => w.AgendaDue(x)));
        }
        foreach (var a in s.Actions)
        {
            if (a.DueDate is { } d && d < ReminderRules.LocalDate(now, a.Owner.TimeZone) && ReminderRules.IsSendingHour(now, a.Owner.TimeZone, hour))
                due.Add(new(ReminderKeys.ActionOverdue(a.Id, a.Owner.Id), ReminderKind.ActionOverdue, a.Owner, w => w.ActionOverdue(a)));
        }
        foreach (var c in s.Commitments)
        {
            if (c.MissedTwiceSince is { } since && ReminderRules.IsSendingHour(now, c.Owner.TimeZone, hour))
                due.Add(new(ReminderKeys.CommitmentMissed(c.Id, since, c.Owner.Id), ReminderKind.CommitmentMissed, c.Owner, w => w.CommitmentMissed(c)));
        }
        foreach (var p in s.Pairs.Where(p => p.QuietDays >= ReminderRules.QuietDays))
        {
            foreach (var (me, partner) in new[] { (p.Mentee, p.Mentor), (p.Mentor, p.Mentee) })
            {
                if (ReminderRules.IsSendingHour(now, me.TimeZone, hour))
                    due.Add(new(ReminderKeys.PairQuiet(p.Id, p.SpellKey, me.Id), ReminderKind.PairQuiet, me, w => w.PairQuiet(p, me, partner)));
            }
            if (p.QuietDays < ReminderRules.StalledDays) continue;
            foreach (var c in s.Coordinators.Where(c => c.ProgrammeId == p.ProgrammeId && ReminderRules.IsSendingHour(now, c.Person.TimeZone, hour)))
                due.Add(new(ReminderKeys.PairStalled(p.Id, p.SpellKey, c.Person.Id), ReminderKind.PairStalled, c.Person, w => w.PairStalled(p, c.Person)));
        }
        foreach (var f in s.Feedback.Where(f => ReminderRules.IsSendingHour(now, f.Receiver.TimeZone, hour)))
            due.Add(new(ReminderKeys.FeedbackReceived(f.Id, f.Receiver.Id), ReminderKind.FeedbackReceived, f.Receiver, w => w.FeedbackReceived(f)));
        // One mail on a day problems become due for a second attempt (by the owner's own today), naming them.
        foreach (var owner in s.Practice.GroupBy(x => x.Owner.Id))
        {
            var me = owner.First().Owner;
            var today = ReminderRules.LocalDate(now, me.TimeZone);
            var dueToday = owner.Where(x => x.DueOn == today).ToList();
            if (dueToday.Count > 0 && ReminderRules.IsSendingHour(now, me.TimeZone, hour))
                due.Add(new(ReminderKeys.PracticeDue(me.Id, today), ReminderKind.PracticeDue, me, w => w.PracticeDue(me, dueToday)));
        }
        var reading = await LoadReadingAsync(now, ct);
        due.AddRange(ReadingDue(reading, now, hour));
        var meetings = await LoadGroupMeetingsAsync(now, ct);
        due.AddRange(GroupMeetingTomorrow(meetings, now, hour));
        due.AddRange(Digests(s, reading, meetings, now, hour, await CoordinatorWeeksAsync(s, now, hour, ct)));
        due.AddRange(await ExamRemindersAsync(now, hour, ct));
        return due;
    }

    private static IEnumerable<DueReminder> Digests(Snapshot s, IReadOnlyList<ReadingRow> reading, IReadOnlyList<GroupMeetingRow> meetings, DateTimeOffset now, int hour, IReadOnlyList<ProgrammeWeek> programmes)
    {
        var members = s.Pairs.SelectMany(p => new[] { p.Mentee, p.Mentor }).DistinctBy(p => p.Id).ToList();
        var people = members.Concat(s.Coordinators.Select(c => c.Person)).DistinctBy(p => p.Id);
        foreach (var me in people)
        {
            if (!ReminderRules.IsDigestDue(now, me.TimeZone, hour)) continue;
            var week = ReminderRules.IsoWeek(ReminderRules.LocalDate(now, me.TimeZone));
            // A coordinator who is in no pair gets the programmes' week: applications, sessions, pairs at risk and why.
            if (members.All(m => m.Id != me.Id))
            {
                var mine = programmes.Where(p => s.Coordinators.Any(c => c.ProgrammeId == p.ProgrammeId && c.Person.Id == me.Id)).ToList();
                yield return new(ReminderKeys.Digest(me.Id, week), ReminderKind.WeeklyDigest, me, w => w.CoordinatorDigest(me, week, mine));
                continue;
            }
            var content = new ReminderMail.DigestContent(
                s.Sessions.Where(x => (x.Mentee.Id == me.Id || x.Mentor.Id == me.Id) && x.StartUtc >= now && x.StartUtc < now.AddDays(7)).ToList(),
                s.Actions.Where(a => a.Owner.Id == me.Id).OrderBy(a => a.DueDate ?? DateOnly.MaxValue).ToList(),
                s.Commitments.Where(c => c.Owner.Id == me.Id).ToList(),
                s.Pairs.Where(p => p.QuietDays >= ReminderRules.QuietDays && s.Coordinators.Any(c => c.ProgrammeId == p.ProgrammeId && c.Person.Id == me.Id))
                    .OrderByDescending(p => p.QuietDays).ToList(),
                ReadingThisWeek(reading, me, now),
                meetings.Where(x => x.Member.Id == me.Id && x.StartUtc < now.AddDays(7)).ToList());
            yield return new(ReminderKeys.Digest(me.Id, week), ReminderKind.WeeklyDigest, me, w => w.Digest(me, week, content, now));
        }
    }

    private async Task<Snapshot> LoadAsync(DateTimeOffset now, CancellationToken ct)
    {
        var max = O.MaxPerKind;
        var activePairs = db.Pairs.AsNoTracking().Where(p => p.State == PairState.Active);
        var horizon = now.AddDays(8);
        var sessions = await (
            from x in db.Sessions.AsNoTracking()
            where x.Status == SessionStatus.Scheduled && x.StartUtc >= now && x.StartUtc < horizon
            join p in activePairs on x.PairId equals p.Id
            join e in db.Users on p.MenteeId equals e.Id
            join m in db.Users on p.MentorId equals m.Id
            orderby x.StartUtc
            select new SessionRow(x.Id, x.PairId, x.StartUtc, x.AgendaSharedAt != null,
                new Person(e.Id, e.Email!, e.DisplayName, e.TimeZone), new Person(m.Id, m.Email!, m.DisplayName, m.TimeZone),
                x.MeetingPlace != "" ? x.MeetingPlace
                    : db.Plans.Where(pl => pl.PairId == p.Id).OrderByDescending(pl => pl.Number).Select(pl => pl.Terms.MeetingPlace).FirstOrDefault() ?? ""))
            .Take(max).ToListAsync(ct);

        // Overdue items are reminded within two weeks of their due date, counted in the owner's days; older ones are left
        // alone. The query reads from the earliest day anyone can be in, the owner's own today narrows it below.
        var recent = EarliestToday(now).AddDays(-OverdueWindowDays);
        var actions = await (
            from a in db.ActionItems.AsNoTracking()
            where a.DoneAt == null && (a.DueDate == null || a.DueDate >= recent)
            join p in activePairs on a.PairId equals p.Id
            join u in db.Users on a.OwnerId equals u.Id
            orderby a.DueDate, a.CreatedAt
            select new { a.Id, a.PairId, a.SessionId, a.Text, a.DueDate, Owner = new Person(u.Id, u.Email!, u.DisplayName, u.TimeZone) })
            .Take(max).ToListAsync(ct);

        var commitments = await LoadCommitmentsAsync(now, activePairs, ct);

        var pairs = await (
            from p in activePairs
            where p.ActivatedAt != null
            join g in db.Programmes on p.ProgrammeId equals g.Id
            join e in db.Users on p.MenteeId equals e.Id
            join m in db.Users on p.MentorId equals m.Id
            select new
            {
                p.Id, p.ProgrammeId, ProgrammeName = g.Name, ActivatedAt = p.ActivatedAt!.Value,
                LastHeld = db.Sessions.Where(x => x.PairId == p.Id && x.Status == SessionStatus.Held).OrderByDescending(x => x.StartUtc).Select(x => (DateTimeOffset?)x.StartUtc).FirstOrDefault(),
                Mentee = new Person(e.Id, e.Email!, e.DisplayName, e.TimeZone), Mentor = new Person(m.Id, m.Email!, m.DisplayName, m.TimeZone),
            }).OrderBy(p => p.Id).Take(max).ToListAsync(ct);
        var pairRows = pairs.Select(p =>
        {
            var since = p.LastHeld is { } h && h > p.ActivatedAt ? h : p.ActivatedAt;
            return new PairRow(p.Id, p.ProgrammeId, p.ProgrammeName, ReminderRules.QuietFor(p.LastHeld, p.ActivatedAt, now),
                since, p.Mentee, p.Mentor);
        }).ToList();

        var coordinators = await (
            from c in db.Participants.AsNoTracking()
            where c.Role == ParticipantRole.Coordinator && c.Status == ApplicationStatus.Accepted
                && activePairs.Any(p => p.ProgrammeId == c.ProgrammeId)
            join u in db.Users on c.UserId equals u.Id
            orderby c.ProgrammeId, u.Id
            select new Coordinator(c.ProgrammeId, new Person(u.Id, u.Email!, u.DisplayName, u.TimeZone)))
            .Take(max).ToListAsync(ct);

        // Feedback not yet read (acknowledged) and given recently, in active pairs.
        var feedbackSince = now - FeedbackWindow;
        var feedback = await (
            from f in db.Feedback.AsNoTracking()
            where f.AcknowledgedAt == null && f.GivenAt >= feedbackSince && f.GivenAt <= now
            join p in activePairs on f.PairId equals p.Id
            join g in db.Users on f.GiverId equals g.Id
            join r in db.Users on f.ReceiverId equals r.Id
            orderby f.GivenAt
            select new FeedbackRow(f.Id, f.PairId, f.Kind, new Person(g.Id, g.Email!, g.DisplayName, g.TimeZone), new Person(r.Id, r.Email!, r.DisplayName, r.TimeZone)))
            .Take(max).ToListAsync(ct);

        // Problems due for a second attempt today somewhere on earth, of people in an active pair.
        var firstDay = EarliestToday(now);
        var lastDay = firstDay.AddDays(2);
        var practice = await (
            from x in db.PracticeProblems.AsNoTracking()
            where x.DueOn != null && x.DueOn >= firstDay && x.DueOn <= lastDay
                && activePairs.Any(p => p.ProgrammeId == x.ProgrammeId && (p.MenteeId == x.OwnerId || p.MentorId == x.OwnerId))
            join u in db.Users on x.OwnerId equals u.Id
            orderby x.OwnerId, x.DueOn, x.Id
            select new PracticeRow(x.Id, x.Title, x.DueOn!.Value, new Person(u.Id, u.Email!, u.DisplayName, u.TimeZone)))
            .Take(max).ToListAsync(ct);

        return new Snapshot(sessions,
            actions.Where(a => a.DueDate is not { } due || due >= ReminderRules.LocalDate(now, a.Owner.TimeZone).AddDays(-OverdueWindowDays))
                .Select(a => new ActionRow(a.Id, a.PairId, a.SessionId, a.Text, a.DueDate, a.Owner)).ToList(),
            commitments, pairRows, coordinators, feedback, practice);
    }

    /// <summary>Commitments of people in active pairs, with the golden rule worked out in each owner's own today.</summary>
    private async Task<List<CommitmentRow>> LoadCommitmentsAsync(DateTimeOffset now, IQueryable<Pair> activePairs, CancellationToken ct)
    {
        var inPair = db.Commitments.AsNoTracking().Where(c => !c.Archived
            && activePairs.Any(p => p.ProgrammeId == c.ProgrammeId && (p.MenteeId == c.OwnerId || p.MentorId == c.OwnerId)));
        var rows = await (
            from c in inPair
            join u in db.Users on c.OwnerId equals u.Id
            orderby c.Id
            select new { Commitment = c, Owner = new Person(u.Id, u.Email!, u.DisplayName, u.TimeZone) })
            .Take(O.MaxPerKind).ToListAsync(ct);
        // The window is counted in each owner's days; the query reads from the earliest day anyone can be in.
        var earliest = EarliestToday(now).AddDays(-CheckInWindowDays);
        var checkIns = await (
            from x in db.CheckIns.AsNoTracking()
            where x.Date >= earliest
            join c in inPair on x.CommitmentId equals c.Id
            select new { x.CommitmentId, x.Date, x.Value }).ToListAsync(ct);
        var byCommitment = checkIns.ToLookup(x => x.CommitmentId, x => new DayValue(x.Date, x.Value));
        return rows.Select(r =>
        {
            var today = ReminderRules.LocalDate(now, r.Owner.TimeZone);
            var since = today.AddDays(-CheckInWindowDays);
            var values = byCommitment[r.Commitment.Id].Where(v => v.Date >= since).ToList();
            var periods = HabitStats.Periods(r.Commitment.Schedule, values, today);
            var missedSince = ReminderRules.MissedTwiceSince(periods);
            // A run of misses older than the loaded window is an abandoned habit that was reminded of long ago.
            if (missedSince is { } m && m <= since.AddDays(31)) missedSince = null;
            return new CommitmentRow(r.Commitment.Id, r.Commitment.Sentence(), r.Commitment.Period,
                HabitStats.Summarise(r.Commitment.Schedule, values, today), missedSince, r.Owner);
        }).ToList();
    }
}
