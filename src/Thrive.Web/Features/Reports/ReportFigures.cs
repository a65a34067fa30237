namespace Thrive.Web.Features.Reports;

/// <summary>
/// The figures of programmes' reports, read from counts and dates only (never a note, an agenda, feedback, a rating's
/// comment, wellbeing or reflections). The headline figures of any number of programmes take six SQL commands, each
/// grouped by programme; a programme's weekly and per-phase figures take three more. Nothing is read in a loop.
/// </summary>
public sealed class ReportFigures(ThriveDbContext db)
{
    /// <summary>At most this many sessions are read for a programme's weekly chart (far more than a cohort holds).</summary>
    public const int MaxSessions = 50_000;

    /// <summary>The programme as a report needs it: its name, dates and phases.</summary>
    public sealed record ProgrammeFacts(Guid Id, string Name, ProgrammeStatus Status, DateOnly StartDate, int LengthWeeks, int GettingToKnowEndWeek, int GoalsEndWeek)
    {
        public DateOnly EndDate => StartDate.AddDays(LengthWeeks * 7 - 1);

        public ProgrammePhase PhaseOfWeek(int week) =>
            week <= GettingToKnowEndWeek ? ProgrammePhase.GettingToKnowEachOther : week <= GoalsEndWeek ? ProgrammePhase.WorkingOnGoals : ProgrammePhase.ReflectingAndRevising;

        /// <summary>The programme week a day falls in; days before the start count in week 1, after the end in the last week.</summary>
        public int WeekOf(DateOnly day) => Math.Max(1, PhasePlan.WeekOn(StartDate, LengthWeeks, day));
    }

    /// <param name="MatchedShare">Matched mentees as a share of accepted ones (0 to 1); null without accepted mentees.</param>
    /// <param name="MedianDaysToMatch">From the application's acceptance (or, without one, its submission) to the mentee's first proposed pair.</param>
    public sealed record MatchingFigures(int AcceptedMentees, int MatchedMentees, double? MatchedShare, double? MedianDaysToMatch);

    /// <param name="EndedEarly">Dissolved after being confirmed.</param>
    /// <param name="Withdrawn">Proposed, then dissolved before being confirmed.</param>
    public sealed record PairFigures(int Proposed, int Active, int Completed, int EndedEarly, int Withdrawn);

    /// <param name="Planned">Sessions booked, whatever became of them (held, cancelled, missed or still ahead).</param>
    public sealed record SessionFigures(int Planned, int Held, int Cancelled, int NoShow);

    /// <param name="Set">Goals set (started; drafts are not counted).</param>
    public sealed record GoalFigures(GoalCategory Kind, int Set, int Active, int Achieved, int Dropped);

    /// <summary>One programme's headline figures; <c>Ratings</c> is shown only as a whole of at least five people (<see cref="SurveyAnonymity"/>).</summary>
    public sealed record Headline(ProgrammeFacts Programme, MatchingFigures Matching, PairFigures Pairs, SessionFigures Sessions,
        IReadOnlyList<GoalFigures> Goals, SurveyAnonymity.Aggregate Ratings)
    {
        public int GoalsSet => Goals.Sum(g => g.Set);
        public int GoalsAchieved => Goals.Sum(g => g.Achieved);
    }

    /// <summary>The headline figures of each programme found, in the order asked.</summary>
    public async Task<IReadOnlyList<Headline>> HeadlinesAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => list.Contains(p.Id))
            .Select(p => new ProgrammeFacts(p.Id, p.Name, p.Status, p.StartDate, p.LengthWeeks, p.GettingToKnowEndWeek, p.GoalsEndWeek)).ToListAsync(ct);

        // Each accepted mentee with when they were ready to match and their first pair, if any.
        var mentees = await db.Participants.AsNoTracking()
            .Where(m => list.Contains(m.ProgrammeId) && m.Role == ParticipantRole.Mentee && m.Status == ApplicationStatus.Accepted)
            .Select(m => new
            {
                m.ProgrammeId, m.ReviewedAt, m.AppliedAt, m.CreatedAt,
                FirstPair = db.Pairs.Where(p => p.ProgrammeId == m.ProgrammeId && p.MenteeId == m.UserId)
                    .OrderBy(p => p.ProposedAt).Select(p => (DateTimeOffset?)p.ProposedAt).FirstOrDefault(),
            }).ToListAsync(ct);

        var pairs = await db.Pairs.Where(p => list.Contains(p.ProgrammeId))
            .GroupBy(p => new { p.ProgrammeId, p.State, Confirmed = p.ActivatedAt != null })
            .Select(g => new { g.Key.ProgrammeId, g.Key.State, g.Key.Confirmed, Count = g.Count() }).ToListAsync(ct);

        var sessions = await (from s in db.Sessions
                              join p in db.Pairs on s.PairId equals p.Id
                              where list.Contains(p.ProgrammeId)
                              group s by new { p.ProgrammeId, s.Status } into g
                              select new { g.Key.ProgrammeId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);

        var goals = await db.Goals.Where(g => list.Contains(g.ProgrammeId) && g.Status != GoalStatus.Draft)
            .GroupBy(g => new { g.ProgrammeId, g.Category, g.Status })
            .Select(g => new { g.Key.ProgrammeId, g.Key.Category, g.Key.Status, Count = g.Count() }).ToListAsync(ct);

        // Unnamed ratings only, counted per person and score: the whole shows only when five people or more gave them.
        var ratings = await (from r in db.SessionRatings
                             join p in db.Pairs on r.PairId equals p.Id
                             where list.Contains(p.ProgrammeId) && !r.Named
                             group r by new { p.ProgrammeId, r.RaterId, r.Score } into g
                             select new { g.Key.ProgrammeId, g.Key.RaterId, g.Key.Score, Count = g.Count() }).ToListAsync(ct);

        var byId = programmes.ToDictionary(p => p.Id);
        return list.Where(byId.ContainsKey).Select(id =>
        {
            var mine = mentees.Where(m => m.ProgrammeId == id).ToList();
            var days = mine.Where(m => m.FirstPair is not null)
                .Select(m => Math.Max(0, (m.FirstPair!.Value - (m.ReviewedAt ?? m.AppliedAt ?? m.CreatedAt)).TotalDays)).ToList();
            var matching = new MatchingFigures(mine.Count, days.Count, mine.Count == 0 ? null : (double)days.Count / mine.Count, Median(days));

            int PairCount(PairState state, bool? confirmed = null) =>
                pairs.Where(p => p.ProgrammeId == id && p.State == state && (confirmed is null || p.Confirmed == confirmed)).Sum(p => p.Count);
            var pairFigures = new PairFigures(PairCount(PairState.Proposed), PairCount(PairState.Active), PairCount(PairState.Completed),
                PairCount(PairState.Dissolved, true), PairCount(PairState.Dissolved, false));

            int SessionCount(SessionStatus status) => sessions.Where(s => s.ProgrammeId == id && s.Status == status).Sum(s => s.Count);
            var sessionFigures = new SessionFigures(sessions.Where(s => s.ProgrammeId == id).Sum(s => s.Count), SessionCount(SessionStatus.Held),
                SessionCount(SessionStatus.Cancelled), SessionCount(SessionStatus.NoShow));

            var goalFigures = Enum.GetValues<GoalCategory>().Select(kind =>
            {
                int Count(GoalStatus? status) => goals.Where(g => g.ProgrammeId == id && g.Category == kind && (status is null || g.Status == status)).Sum(g => g.Count);
                return new GoalFigures(kind, Count(null), Count(GoalStatus.Active), Count(GoalStatus.Achieved), Count(GoalStatus.Dropped));
            }).ToList();

            var answers = ratings.Where(r => r.ProgrammeId == id)
                .SelectMany(r => Enumerable.Repeat(new SurveyAnswer(r.RaterId, r.Score, "", false, ""), r.Count));
            var rated = SurveyAnonymity.Summarise(answers, SessionRating.MinScore, SessionRating.MaxScore).Unnamed;

            return new Headline(byId[id], matching, pairFigures, sessionFigures, goalFigures, rated);
        }).ToList();
    }

    /// <summary>Sessions planned and held per programme week (days in <paramref name="timeZone"/>), from the programme's first week to its last.</summary>
    public async Task<IReadOnlyList<(int Week, int Planned, int Held)>> WeeksAsync(ProgrammeFacts programme, string timeZone, CancellationToken ct)
    {
        var rows = await (from s in db.Sessions
                          join p in db.Pairs on s.PairId equals p.Id
                          where p.ProgrammeId == programme.Id
                          orderby s.StartUtc, s.Id
                          select new { s.StartUtc, s.Status }).Take(MaxSessions).ToListAsync(ct);
        var byWeek = rows.GroupBy(r => programme.WeekOf(TimeZones.LocalDate(r.StartUtc, timeZone)))
            .ToDictionary(g => g.Key, g => (Planned: g.Count(), Held: g.Count(r => r.Status == SessionStatus.Held)));
        return Enumerable.Range(1, programme.LengthWeeks)
            .Select(w => byWeek.TryGetValue(w, out var n) ? (w, n.Planned, n.Held) : (w, 0, 0)).ToList();
    }

    /// <summary>Goals achieved and pairs ended early in each phase (the phase an instant falls in, days in <paramref name="timeZone"/>).</summary>
    public async Task<IReadOnlyDictionary<ProgrammePhase, (int GoalsAchieved, int PairsEndedEarly)>> PhaseEndingsAsync(ProgrammeFacts programme, string timeZone, CancellationToken ct)
    {
        var zone = TimeZones.Find(timeZone);
        DateTimeOffset StartOfWeek(int week) =>
            new(TimeZoneInfo.ConvertTimeToUtc(programme.StartDate.AddDays(week * 7).ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
        var goalsFrom = StartOfWeek(programme.GettingToKnowEndWeek);
        var reflectFrom = StartOfWeek(programme.GoalsEndWeek);
        var achieved = await db.Goals.Where(g => g.ProgrammeId == programme.Id && g.Status == GoalStatus.Achieved && g.AchievedAt != null)
            .GroupBy(g => g.AchievedAt < goalsFrom ? ProgrammePhase.GettingToKnowEachOther : g.AchievedAt < reflectFrom ? ProgrammePhase.WorkingOnGoals : ProgrammePhase.ReflectingAndRevising)
            .Select(g => new { Phase = g.Key, Count = g.Count() }).ToListAsync(ct);
        var ended = await db.Pairs.Where(p => p.ProgrammeId == programme.Id && p.State == PairState.Dissolved && p.ActivatedAt != null && p.EndedAt != null)
            .GroupBy(p => p.EndedAt < goalsFrom ? ProgrammePhase.GettingToKnowEachOther : p.EndedAt < reflectFrom ? ProgrammePhase.WorkingOnGoals : ProgrammePhase.ReflectingAndRevising)
            .Select(g => new { Phase = g.Key, Count = g.Count() }).ToListAsync(ct);
        return new[] { ProgrammePhase.GettingToKnowEachOther, ProgrammePhase.WorkingOnGoals, ProgrammePhase.ReflectingAndRevising }.ToDictionary(p => p,
            p => (achieved.Where(a => a.Phase == p).Sum(a => a.Count), ended.Where(e => e.Phase == p).Sum(e => e.Count)));
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var mid = values.Count / 2;
        var m = values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        return Math.Round(m, 1);
    }
}
