namespace Thrive.Web.Features.Goals;

/// <summary>The tools that can write a goal's measure; a goal has one at a time, so nothing counts twice.</summary>
public enum FeedSource
{
    Commitment,
    Conversations,
    Group,
}

/// <summary>Which tool, if any, already writes a goal's measure: a goal has one source of values, so nothing counts twice.</summary>
public static class GoalFeeds
{
    /// <summary>The name of the group whose progress sets the goal's measure (other than <paramref name="exceptGroupId"/>), or null.</summary>
    public static Task<string?> GroupAsync(ThriveDbContext db, Guid goalId, Guid? exceptGroupId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GroupMembers.Where(m => m.GoalId == goalId && m.GroupId != exceptGroupId)
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => g.Name).FirstOrDefaultAsync(ct);
    }

    /// <summary>A refusal naming the group that measures the goal already, on <paramref name="field"/>; null when no group does.</summary>
    public static async Task<Error?> GroupRefusalAsync(ThriveDbContext db, Guid goalId, string field, string what, CancellationToken ct) =>
        await GroupAsync(db, goalId, null, ct) is { } name
            ? new Error(ErrorKind.Validation, $"Your progress in the group \"{name}\" already measures this goal; {what}", field, "fed_by_group")
            : null;

    /// <summary>Who asks to feed a goal: the tool, the commitment or group asking (never "another" to itself), and the words of a refusal.</summary>
    /// <param name="ProgrammeId">The programme the goal must be in; null for any of the owner's goals.</param>
    /// <param name="GoalField">Where "not one of your goals" shows; <paramref name="FeedField"/> where every other refusal shows.</param>
    /// <param name="Instead">What to do instead, ending a refusal for a goal another tool measures.</param>
    /// <param name="Writes">False when the tool only names the goal: then only whose goal it is matters.</param>
    public sealed record Feeder(FeedSource Source, Guid OwnerId, Guid? ProgrammeId, Guid? Self, string GoalField, string FeedField, string Instead, bool Writes = true);

    /// <summary>
    /// Why <paramref name="feeder"/> may not write the goal's measure, on the field it names: not the owner's (in its
    /// programme), closed (for a group), no metric and target, or measured already by another commitment, role
    /// exploration or group. Null when it may. One query.
    /// </summary>
    public static async Task<Error?> RefusalAsync(ThriveDbContext db, Guid goalId, Feeder feeder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(feeder);
        var self = feeder.Self;
        var commitmentSelf = feeder.Source == FeedSource.Commitment ? self : null;
        var groupSelf = feeder.Source == FeedSource.Group ? self : null;
        var goal = await db.Goals.Where(g => g.Id == goalId && g.OwnerId == feeder.OwnerId && (feeder.ProgrammeId == null || g.ProgrammeId == feeder.ProgrammeId))
            .Select(g => new
            {
                g.Status, g.Smart.Metric, g.Smart.Target,
                Commitment = db.Commitments.Where(c => c.GoalId == g.Id && c.Feed != GoalFeed.None && c.Id != commitmentSelf)
                    .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => c.Behaviour).FirstOrDefault(),
                Conversations = db.RoleExplorations.Any(x => x.GoalId == g.Id),
                Group = db.GroupMembers.Where(m => m.GoalId == g.Id && m.GroupId != groupSelf)
                    .Join(db.Groups, m => m.GroupId, x => x.Id, (m, x) => x.Name).OrderBy(n => n).FirstOrDefault(),
            })
            .AsNoTracking().FirstOrDefaultAsync(ct);
        if (goal is null)
            return Error.Validation(feeder.GoalField, feeder.ProgrammeId is null ? "Choose one of your own goals, or none." : "Choose one of your own goals in this programme, or none.");
        if (!feeder.Writes) return null;
        var field = feeder.FeedField;
        if (feeder.Source == FeedSource.Group && goal.Status is not (GoalStatus.Draft or GoalStatus.Active))
            return Error.Validation(field, "This goal is achieved or dropped: choose an open goal.");
        if (goal.Metric.Length == 0 || goal.Target is null)
            return Error.Validation(field, "This goal has no measure yet: give it a metric and a target on the goal page first.");
        if (goal.Group is { } group)
            return new Error(ErrorKind.Validation, $"Your progress in the group \"{group}\" already measures this goal; {feeder.Instead}", field, "fed_by_group");
        if (goal.Conversations && feeder.Source != FeedSource.Conversations)
            return Error.Validation(field, $"The conversations you log in role exploration already measure this goal; {feeder.Instead}");
        return goal.Commitment is { } behaviour
            ? Error.Validation(field, $"The commitment \"{behaviour}\" already measures this goal; {feeder.Instead}")
            : null;
    }

    /// <summary>
    /// Brings the values a tool wrote on goals in line with those it wants now, on the caller's context (the caller saves):
    /// a written value still wanted is kept and changed, one no longer wanted is removed, and a wanted one not written yet
    /// is added by <paramref name="add"/>. Values are matched by goal and day.
    /// </summary>
    public static void Reconcile(ThriveDbContext db, IEnumerable<MeasureEntry> written, Dictionary<(Guid Goal, DateOnly Date), GoalPoint> wanted,
        Func<Guid, GoalPoint, MeasureEntry> add, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(add);
        foreach (var m in written)
        {
            if (wanted.Remove((m.GoalId, m.Date), out var p)) m.Follow(p.Value, p.Note, now);
            else db.MeasureEntries.Remove(m);
        }
        foreach (var ((goal, _), p) in wanted)
            db.MeasureEntries.Add(add(goal, p));
    }
}
