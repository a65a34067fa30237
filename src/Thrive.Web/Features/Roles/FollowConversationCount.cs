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

        /// <summary>One of the reader's goals in this programme, with a measure, that no commitment measures.</summary>
        private async Task<Error?> CheckGoalAsync(Guid goalId, Guid ownerId, Guid programmeId, CancellationToken ct)
        {
            var goal = await db.Goals.Where(g => g.Id == goalId && g.OwnerId == ownerId && g.ProgrammeId == programmeId)
                .Select(g => new { g.Smart.Metric, g.Smart.Target, FedBy = db.Commitments.Where(c => c.GoalId == g.Id && c.Feed != GoalFeed.None).Select(c => c.Behaviour).FirstOrDefault() })
                .FirstOrDefaultAsync(ct);
            if (goal is null) return Error.Validation(nameof(Request.GoalId), "Choose one of your own goals in this programme, or none.");
            if (goal.Metric.Length == 0 || goal.Target is null)
                return Error.Validation(nameof(Request.GoalId), "This goal has no measure yet: give it a metric and a target on the goal page first.");
            if (await Goals.GoalFeeds.GroupRefusalAsync(db, goalId, nameof(Request.GoalId), "choose another goal, or stop the group counting it on the group's page.", ct) is { } group)
                return group;
            return goal.FedBy is { } behaviour
                ? Error.Validation(nameof(Request.GoalId), $"The commitment \"{behaviour}\" already measures this goal: let it only name the goal first.")
                : null;
        }
    }
}
