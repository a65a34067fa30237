namespace Thrive.Web.Features.Roles;

/// <summary>
/// The reader chooses the goal whose measure follows the number of conversations they log (or none): its values are
/// written from the conversations at once, and the goal they fed before loses the values the count wrote.
/// </summary>
public static class FollowConversationCount
{
    public sealed record Request
    {
        public Guid? GoalId { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, ConversationGoalFeed feed)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Unit>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            if (r.GoalId is { } goalId && await CheckGoalAsync(goalId, actor.UserId, programmeId, ct) is { } wrong) return wrong;
            var x = await db.RoleExplorations.FirstOrDefaultAsync(e => e.OwnerId == actor.UserId && e.ProgrammeId == programmeId, ct);
            if (x is null) db.RoleExplorations.Add(x = RoleExploration.Start(programmeId, actor.UserId, reader.UtcNow));
            x.FollowGoal(r.GoalId, reader.UtcNow);
            await feed.StageAsync(actor.UserId, programmeId, r.GoalId, actor.UserId, reader.UtcNow, ct);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return Error.Conflict("The goal was just chosen in another tab; reload and try again.", null, "stale"); }
            return Result.Ok();
        }

        /// <summary>One of the reader's goals in this programme, with a measure, that nothing else measures.</summary>
        private Task<Error?> CheckGoalAsync(Guid goalId, Guid ownerId, Guid programmeId, CancellationToken ct) =>
            Goals.GoalFeeds.RefusalAsync(db, goalId, new(Goals.FeedSource.Conversations, ownerId, programmeId, null,
                nameof(Request.GoalId), nameof(Request.GoalId), "choose another goal."), ct);
    }
}
