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
        return d.GoalId is { } goalId
            ? await Goals.GoalFeeds.RefusalAsync(db, goalId, new(Goals.FeedSource.Commitment, ownerId, programmeId, commitmentId,
                nameof(CommitmentDetails.GoalId), nameof(CommitmentDetails.Feed), "let this commitment only name it.", d.Feed != GoalFeed.None), ct)
            : null;
    }
}
