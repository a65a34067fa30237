namespace Thrive.Web.Features.Goals;

/// <summary>Everything the goal page shows, in a fixed number of queries, with what the reader may do there.</summary>
public static class GetGoal
{
    public sealed record Measure(DateOnly Date, decimal Value, string Note);
    public sealed record Comment(Guid Id, string AuthorName, string Body, DateTimeOffset At);
    public sealed record HistoryLine(string ActorName, string Summary, DateTimeOffset At);
    public sealed record SwotRef(Guid Id, SwotQuadrant Quadrant, string Text);
    /// <summary>A piece of evidence tied to the goal (a post, a talk, a pull request...), for those who may read the owner's evidence.</summary>
    public sealed record EvidenceRef(Guid Id, EvidenceKind Kind, string Title, string Link, DateOnly On);

    /// <summary>A story tool whose records set the measure, so that it is not typed on the goal page.</summary>
    public enum MeasureTool { None, RoleConversations, PracticeTests, Group }

    /// <summary>The group whose progress sets the measure: its name, and what it counts.</summary>
    public sealed record GroupFeed(Guid GroupId, string Name, GoalFollows Follows);

    public sealed record TaskRef(Guid Id, string Title, string Column, ColumnKind Kind);

    /// <summary>A commitment for the goal: its sentence and rhythm, whether it feeds the measure, this period's state, its strength.</summary>
    public sealed record CommitmentRef(Guid Id, string Sentence, string Rhythm, GoalFeed Feed, bool Archived, string ThisPeriod, double Strength);

    /// <summary>What the reader may do with the goal (each from the access policy).</summary>
    public sealed record Allowed(bool Write, bool Comment, bool Confirm, bool ReadGrow, bool OpenTasks, bool OpenCommitments);

    /// <summary>
    /// The goal as its reader sees it: times in the reader's zone, <see cref="Today"/> the reader's day (a new measure's
    /// default), and the days it was achieved and confirmed on in the reader's calendar.
    /// </summary>
    public sealed record View(
        Goal Goal, string OwnerName, string ProgrammeName, DateOnly ProgrammeEnd, bool IsOwner, Allowed May, SmartAssessment Assessment,
        decimal Progress, IReadOnlyList<Measure> Measures, IReadOnlyList<Comment> Comments, IReadOnlyList<HistoryLine> History,
        IReadOnlyList<SwotRef> SwotItems, int GrowAnswered, string? ConfirmedByName, IReadOnlyList<TaskRef> Tasks,
        DateOnly Today, DateOnly? AchievedOn, DateOnly? ConfirmedOn, IReadOnlyList<CommitmentRef> Commitments,
        IReadOnlyList<EvidenceRef> Evidence, MeasureTool FollowsTool, GroupFeed? FollowsGroup = null)
    {
        /// <summary>The commitment whose check-ins set the measure, if one does: the measure is then not typed here.</summary>
        public CommitmentRef? FedBy => Commitments.FirstOrDefault(c => c.Feed != GoalFeed.None);
    }

    public const int ListLimit = 100;

    public sealed class Handler(ThriveDbContext db, Access access, GoalContext context, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid goalId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Goal.Read, goalId, ct);
            if (grant.Denied is { } denied) return denied;
            var may = new Allowed(grant.May(Policy.Goal.Write), grant.May(Policy.Goal.Comment), grant.May(Policy.Goal.Confirm),
                grant.May(Policy.Grow.Read), grant.May(Policy.Card.Read),
                grant.May(Policy.Commitment.Read));
            var zone = TimeZones.Find(reader.TimeZone);
            DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone);
            var (ownerId, programmeId) = (grant.OwnerId, grant.ProgrammeId);
            var goal = await db.Goals.AsNoTracking().FirstAsync(g => g.Id == goalId, ct);
            var names = await db.Users.Where(u => u.Id == ownerId || u.Id == goal.ConfirmedById).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
            // With the programme, whether a story tool sets the measure (one query for both).
            var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => new
            {
                p.Name, p.StartDate, p.LengthWeeks,
                Tool = db.RoleExplorations.Any(r => r.GoalId == goalId) ? MeasureTool.RoleConversations
                    : db.Exams.Any(e => e.GoalId == goalId) ? MeasureTool.PracticeTests
                    : db.GroupMembers.Any(m => m.GoalId == goalId) ? MeasureTool.Group : MeasureTool.None,
                // The group backing the goal, as scalars (SQLite has no APPLY for a row inside a projection).
                GroupId = db.GroupMembers.Where(m => m.GoalId == goalId).Select(m => (Guid?)m.GroupId).FirstOrDefault(),
                GroupName = db.GroupMembers.Where(m => m.GoalId == goalId).Join(db.Groups, m => m.GroupId, x => x.Id, (m, x) => x.Name).FirstOrDefault(),
                Follows = db.GroupMembers.Where(m => m.GoalId == goalId).Select(m => (GoalFollows?)m.Follows).FirstOrDefault(),
            }).FirstAsync(ct);
            var measures = await db.MeasureEntries.Where(m => m.GoalId == goalId).OrderByDescending(m => m.Date).ThenByDescending(m => m.RecordedAt)
                .Take(ListLimit).Select(m => new Measure(m.Date, m.Value, m.Note)).ToListAsync(ct);
            // The conversation belongs to the pair; those who run the programme see goals and progress, not what the pair said.
            var comments = !may.Comment ? [] : await db.GoalComments.Where(c => c.GoalId == goalId).OrderByDescending(c => c.CreatedAt).Take(ListLimit)
                .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new Comment(c.Id, u.DisplayName, c.Body, c.CreatedAt)).ToListAsync(ct);
            var history = await db.GoalEvents.Where(e => e.GoalId == goalId).OrderByDescending(e => e.At).Take(ListLimit)
                .Join(db.Users, e => e.ActorId, u => u.Id, (e, u) => new HistoryLine(u.DisplayName, e.Summary, e.At)).ToListAsync(ct);
            var swot = await db.GoalSwotLinks.Where(l => l.GoalId == goalId)
                .Join(db.SwotItems, l => l.SwotItemId, i => i.Id, (l, i) => new SwotRef(i.Id, i.Quadrant, i.Text)).ToListAsync(ct);
            var grow = await db.GrowAnswers.CountAsync(x => x.GoalId == goalId && x.Text != "", ct);
            var smart = await context.SmartContextAsync(ownerId, programmeId, goalId, ct);
            var tasks = await db.Tasks.Where(t => t.GoalId == goalId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(ListLimit)
                .Join(db.BoardColumns, t => t.ColumnId, c => c.Id, (t, c) => new TaskRef(t.Id, t.Title, c.Name, c.Kind)).ToListAsync(ct);
            var commitments = await CommitmentsAsync(goalId, reader.Today, ct);
            var evidence = !grant.May(Policy.Evidence.List) ? [] : await db.EvidenceGoals.Where(l => l.GoalId == goalId)
                .Join(db.EvidenceItems, l => l.EvidenceId, e => e.Id, (l, e) => e).OrderByDescending(e => e.On).ThenBy(e => e.Id).Take(ListLimit)
                .Select(e => new EvidenceRef(e.Id, e.Kind, e.Title, e.Link, e.On)).ToListAsync(ct);
            var progress = GoalProgress.Of(goal.Status, goal.Smart, measures.FirstOrDefault()?.Value, tasks.Count(t => t.Kind == ColumnKind.Done), tasks.Count);
            return new View(goal, names.First(n => n.Id == ownerId).DisplayName, programme.Name, programme.StartDate.AddDays(programme.LengthWeeks * 7 - 1),
                grant.Has(Tie.Owner), may, SmartCoach.Assess(goal.ToSmartInput(swot.Count), smart, goal.Title), progress, measures.OrderBy(m => m.Date).ToList(),
                comments.Select(c => c with { At = Local(c.At) }).ToList(), history.Select(h => h with { At = Local(h.At) }).ToList(), swot, grow,
                names.FirstOrDefault(n => n.Id == goal.ConfirmedById)?.DisplayName, tasks, reader.Today,
                goal.AchievedAt is { } achieved ? DateOnly.FromDateTime(Local(achieved).DateTime) : null,
                goal.ConfirmedAt is { } confirmed ? DateOnly.FromDateTime(Local(confirmed).DateTime) : null, commitments, evidence, programme.Tool,
                programme.GroupId is { } fed ? new GroupFeed(fed, programme.GroupName ?? "", programme.Follows ?? GoalFollows.ChaptersRead) : null);
        }

        /// <summary>The goal's commitments with their statistics: two queries, whatever their number.</summary>
        private async Task<List<CommitmentRef>> CommitmentsAsync(Guid goalId, DateOnly today, CancellationToken ct)
        {
            var commitments = await db.Commitments.AsNoTracking().Where(c => c.GoalId == goalId)
                .OrderBy(c => c.Archived).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(ListLimit).ToListAsync(ct);
            var ids = commitments.Select(c => c.Id).ToList();
            var since = today.AddDays(-400); // enough for the strength score, as on the commitments page
            var checkIns = await db.CheckIns.AsNoTracking().Where(x => ids.Contains(x.CommitmentId) && x.Date >= since)
                .Select(x => new { x.CommitmentId, Day = new DayValue(x.Date, x.Value) }).ToListAsync(ct);
            return commitments.Select(c =>
            {
                var summary = HabitStats.Summarise(c.Schedule, checkIns.Where(x => x.CommitmentId == c.Id).Select(x => x.Day), today);
                return new CommitmentRef(c.Id, c.Sentence(), c.Rhythm(), c.Feed, c.Archived, HabitWords.PeriodState(c, summary.CurrentPeriod), summary.Strength);
            }).ToList();
        }
    }
}
