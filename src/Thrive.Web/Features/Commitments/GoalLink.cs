namespace Thrive.Web.Features.Commitments;

/// <summary>
/// The goal a commitment names or feeds must be its owner's, in the same programme; a goal it feeds must have a
/// measure, and only one commitment feeds a goal (two would overwrite each other's values).
/// </summary>
public static class GoalLink
{
    public static async Task<Error?> CheckAsync(ThriveDbContext db, CommitmentDetails d, Guid ownerId, Guid programmeId, Guid? commitmentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(d);
        if (d.GoalId is not { } goalId) return null;
        var goal = await db.Goals.Where(g => g.Id == goalId && g.OwnerId == ownerId && g.ProgrammeId == programmeId)
            .Select(g => new { g.Smart.Metric, g.Smart.Target }).FirstOrDefaultAsync(ct);
        if (goal is null) return Error.Validation(nameof(CommitmentDetails.GoalId), "Choose one of your own goals in this programme, or none.");
        if (d.Feed == GoalFeed.None) return null;
        if (goal.Metric.Length == 0 || goal.Target is null)
            return Error.Validation(nameof(CommitmentDetails.Feed), "This goal has no measure yet: give it a metric and a target on the goal page first.");
        if (await db.RoleExplorations.AnyAsync(x => x.GoalId == goalId, ct))
            return Error.Validation(nameof(CommitmentDetails.Feed), "The conversations you log in role exploration already measure this goal; let this commitment only name it.");
        if (await Goals.GoalFeeds.GroupRefusalAsync(db, goalId, nameof(CommitmentDetails.Feed), "let this commitment only name it.", ct) is { } group) return group;
        var other = await db.Commitments.Where(c => c.GoalId == goalId && c.Feed != GoalFeed.None && c.Id != commitmentId)
            .OrderBy(c => c.CreatedAt).Select(c => c.Behaviour).FirstOrDefaultAsync(ct);
        return other is null ? null
            : Error.Validation(nameof(CommitmentDetails.Feed), $"The commitment \"{other}\" already measures this goal; let this one only name it.");
    }
}
