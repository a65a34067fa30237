namespace Thrive.Web.Features.Activity;

/// <summary>What a partner did that the reader's feed tells them about.</summary>
public enum ActivityKind { GoalComment, TaskComment, Feedback, AgendaShared, CardMoved, GoalAchieved, GoalConfirmed, ActionItemAdded, GroupPrompt, GroupReflection }

/// <summary>
/// One thing a partner did, as read from the record it left: a comment, a feedback, a shared agenda, a card's move, a
/// goal's achievement or its confirmation. <see cref="OwnerId"/> is whose goal or card it is about (the reader for
/// feedback and agendas); <see cref="SubjectId"/> is the goal, card, pair or session a link opens.
/// </summary>
public sealed class ActivityRow
{
    public ActivityKind Kind { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid ActorId { get; init; }
    public Guid OwnerId { get; init; }
    public Guid SubjectId { get; init; }
    public string Title { get; init; } = "";
    public string Detail { get; init; } = "";
}

/// <summary>
/// The feed's sources: one query per kind of record, each over the reader's own pairs (and, for prompts and reflections, their groups) (active or completed, the pairs whose
/// members may read each other's goals and boards) and only what the partner did there: on the reader's goals and
/// cards or on the partner's own, in that pair's programme. Private records (private notes, wellbeing, closing
/// reflections) are no source, so they never show. The feed and the unread count in the navigation share these queries.
/// </summary>
public sealed class ActivitySources(ThriveDbContext db)
{
    /// <summary>How far back the feed looks; older things are history, on the pages they belong to.</summary>
    public const int WindowDays = 60;

    /// <summary>At most this many of each kind of record (the newest).</summary>
    public const int PerSource = 100;

    public IReadOnlyList<IQueryable<ActivityRow>> For(Guid me, DateTimeOffset since)
    {
        var pairs = db.Pairs.Where(p => (p.State == PairState.Active || p.State == PairState.Completed) && (p.MentorId == me || p.MenteeId == me));
        // The reader and their partners: every goal or card a source reads belongs to one of them. Saying so lets the
        // database start from these few people's goals and boards (indexed by owner) instead of reading every comment
        // and move of the last 60 days of the whole installation: at 10,000 participants the unread count in the
        // navigation took 6 to 8 s without it and 2 ms with it.
        var people = pairs.Select(p => p.MentorId).Concat(pairs.Select(p => p.MenteeId));
        var goalComments =
            from c in db.GoalComments
            join g in db.Goals on c.GoalId equals g.Id
            where people.Contains(g.OwnerId) && c.CreatedAt > since && c.AuthorId != me && (g.OwnerId == me || g.OwnerId == c.AuthorId)
                && pairs.Any(p => p.ProgrammeId == g.ProgrammeId && (p.MentorId == c.AuthorId || p.MenteeId == c.AuthorId))
            select new ActivityRow { Kind = ActivityKind.GoalComment, At = c.CreatedAt, ActorId = c.AuthorId, OwnerId = g.OwnerId, SubjectId = g.Id, Title = g.Title };
        var taskComments =
            from c in db.TaskComments
            join t in db.Tasks on c.TaskId equals t.Id
            join b in db.Boards on t.BoardId equals b.Id
            where people.Contains(b.OwnerId) && c.CreatedAt > since && c.AuthorId != me && (b.OwnerId == me || b.OwnerId == c.AuthorId)
                && pairs.Any(p => p.ProgrammeId == b.ProgrammeId && (p.MentorId == c.AuthorId || p.MenteeId == c.AuthorId))
            select new ActivityRow { Kind = ActivityKind.TaskComment, At = c.CreatedAt, ActorId = c.AuthorId, OwnerId = b.OwnerId, SubjectId = t.Id, Title = t.Title };
        var moves =
            from m in db.TaskMoves
            join t in db.Tasks on m.TaskId equals t.Id
            join b in db.Boards on t.BoardId equals b.Id
            join to in db.BoardColumns on m.ToColumnId equals to.Id
            where people.Contains(b.OwnerId) && m.At > since && m.FromColumnId != null && m.ActorId != me && (b.OwnerId == me || b.OwnerId == m.ActorId)
                && pairs.Any(p => p.ProgrammeId == b.ProgrammeId && (p.MentorId == m.ActorId || p.MenteeId == m.ActorId))
            select new ActivityRow { Kind = ActivityKind.CardMoved, At = m.At, ActorId = m.ActorId, OwnerId = b.OwnerId, SubjectId = t.Id, Title = t.Title, Detail = to.Name };
        var feedback =
            from f in db.Feedback
            where f.GivenAt > since && f.ReceiverId == me && f.GiverId != me && pairs.Any(p => p.Id == f.PairId)
            select new ActivityRow { Kind = ActivityKind.Feedback, At = f.GivenAt, ActorId = f.GiverId, OwnerId = me, SubjectId = f.PairId };
        // The latest plan names who shares the agenda (the mentee without a plan); the reader hears of it when the other side did.
        var agendas =
            from s in db.Sessions
            join p in pairs on s.PairId equals p.Id
            let sharer = db.Plans.Where(x => x.PairId == p.Id).OrderByDescending(x => x.Number).Select(x => (AgendaOwner?)x.Terms.AgendaOwner).FirstOrDefault() == AgendaOwner.Mentor
                ? p.MentorId : p.MenteeId
            where s.AgendaSharedAt != null && s.AgendaSharedAt > since && sharer != me
            select new ActivityRow { Kind = ActivityKind.AgendaShared, At = s.AgendaSharedAt!.Value, ActorId = sharer, OwnerId = me, SubjectId = s.Id };
        var achieved =
            from g in db.Goals
            where people.Contains(g.OwnerId) && g.Status == GoalStatus.Achieved && g.AchievedAt != null && g.AchievedAt > since && g.OwnerId != me
                && pairs.Any(p => p.ProgrammeId == g.ProgrammeId && (p.MentorId == g.OwnerId || p.MenteeId == g.OwnerId))
            select new ActivityRow { Kind = ActivityKind.GoalAchieved, At = g.AchievedAt!.Value, ActorId = g.OwnerId, OwnerId = g.OwnerId, SubjectId = g.Id, Title = g.Title };
        var confirmed =
            from g in db.Goals
            where g.ConfirmedAt != null && g.ConfirmedAt > since && g.OwnerId == me && g.ConfirmedById != null && g.ConfirmedById != me
                && pairs.Any(p => p.ProgrammeId == g.ProgrammeId && (p.MentorId == g.ConfirmedById || p.MenteeId == g.ConfirmedById))
            select new ActivityRow { Kind = ActivityKind.GoalConfirmed, At = g.ConfirmedAt!.Value, ActorId = g.ConfirmedById!.Value, OwnerId = me, SubjectId = g.Id, Title = g.Title };
        // Action items the partner wrote in the pair (for the reader or for themselves); the subject is the session, else the pair.
        var actions =
            from a in db.ActionItems
            join p in pairs on a.PairId equals p.Id
            where a.CreatedAt > since && a.CreatedById != null && a.CreatedById != me
            select new ActivityRow { Kind = ActivityKind.ActionItemAdded, At = a.CreatedAt, ActorId = a.CreatedById!.Value, OwnerId = a.OwnerId,
                SubjectId = a.SessionId ?? a.PairId, Title = a.Text, Detail = a.SessionId != null ? "" : "pair" };
        // The reader's groups: what other members shared there (prompts, and reflections not kept private).
        var groups = db.GroupMembers.Where(m => m.UserId == me).Select(m => m.GroupId);
        var prompts =
            from q in db.DiscussionPrompts
            join g in db.Groups on q.GroupId equals g.Id
            where groups.Contains(q.GroupId) && q.CreatedAt > since && q.AuthorId != me
            select new ActivityRow { Kind = ActivityKind.GroupPrompt, At = q.CreatedAt, ActorId = q.AuthorId, OwnerId = q.AuthorId, SubjectId = g.Id, Title = g.Name };
        var reflections =
            from r in db.GroupReflections
            join g in db.Groups on r.GroupId equals g.Id
            where groups.Contains(r.GroupId) && r.WrittenAt > since && r.AuthorId != me && !r.IsPrivate
            select new ActivityRow { Kind = ActivityKind.GroupReflection, At = r.WrittenAt, ActorId = r.AuthorId, OwnerId = r.AuthorId, SubjectId = g.Id, Title = g.Name };
        return [goalComments, taskComments, moves, feedback, agendas, achieved, confirmed, actions, prompts, reflections];
    }

    /// <summary>How many of the reader's feed items are newer than their last visit, in one SQL command (the query compiled once: <see cref="UnreadQuery"/>).</summary>
    public Task<int> UnreadCountAsync(Guid me, DateTimeOffset now, CancellationToken ct) => UnreadQuery.CountAsync(db, me, now, ct);

    /// <summary>When each of the reader's unread feed items happened: what the navigation counts (ActivityTests reads its query plan).</summary>
    public IQueryable<DateTimeOffset> Unread(Guid me, DateTimeOffset now)
    {
        var floor = now.AddDays(-WindowDays);
        var seen = db.ActivityReads.Where(r => r.UserId == me).Select(r => (DateTimeOffset?)r.SeenAt);
        var instants = For(me, floor).Select(q => q.Select(r => r.At)).Aggregate((a, b) => a.Concat(b));
        return instants.Where(at => at > (seen.FirstOrDefault() ?? floor));
    }
}
