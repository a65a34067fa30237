namespace Thrive.Web.Features.Goals;

/// <summary>
/// The goal's life cycle: the owner starts, marks achieved, drops (with a reason) or reopens it; their partner confirms
/// what the owner marked achieved. Each change is written to the goal's history.
/// </summary>
public static class ChangeGoalStatus
{
    public enum Change { Start, MarkAchieved, Confirm, Drop, Reopen }

    /// <summary>Why the goal is dropped (needed for <see cref="Change.Drop"/>, ignored otherwise).</summary>
    public sealed record Request
    {
        public string? Reason { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid goalId, Change change, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var permission = change == Change.Confirm ? Policy.Goal.Confirm : Policy.Goal.Write;
            if ((await access.CheckAsync(actor, permission, goalId, ct)).Denied is { } denied) return denied;
            var goal = await db.Goals.FirstAsync(g => g.Id == goalId, ct);
            var now = reader.UtcNow;
            var (result, summary) = change switch
            {
                Change.Start => (goal.Activate(now), "Started working on the goal"),
                Change.MarkAchieved => (goal.MarkAchieved(now), "Marked the goal achieved"),
                Change.Confirm => (goal.ConfirmAchieved(actor.UserId, now), "Confirmed the goal is achieved"),
                Change.Drop => (goal.Drop(r.Reason, now), $"Dropped the goal: {r.Reason?.Trim()}"),
                Change.Reopen => (goal.Reopen(now), "Reopened the goal"),
                _ => (Result<Unit>.Fail(Error.Validation("change", "Unknown change.")), ""),
            };
            // The domain names the dropped goal's reason DropReason; the request calls it Reason.
            if (!result.Succeeded)
                return Result<Unit>.Fail(result.Errors.Select(e => e.Field == nameof(Goal.DropReason) ? e with { Field = nameof(Request.Reason) } : e).ToList());
            db.GoalEvents.Add(GoalEvent.Of(goalId, actor.UserId, summary, now));
            if (change == Change.MarkAchieved) db.WebhookEvents.Add(WebhookEvent.ForGoal(goal, now));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("The goal changed while you were looking at it. Reload to see its latest state.", code: "stale"); }
            return Result.Ok();
        }
    }
}
