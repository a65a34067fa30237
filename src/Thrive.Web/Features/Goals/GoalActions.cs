using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Goals;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Common;

namespace Thrive.Web.Features.Goals;

/// <summary>The goal's life cycle, its measure log and its comment thread.</summary>
public static class GoalActions
{
    public enum Change { Start, MarkAchieved, Confirm, Drop, Reopen }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, TimeProvider clock)
    {
        public async Task<Result<Unit>> ChangeAsync(Actor actor, Guid goalId, Change change, string? reason, CancellationToken ct)
        {
            var (a, _, _) = await access.ForGoalAsync(actor, goalId, ct);
            var allowed = change == Change.Confirm ? a.CanConfirm : a.CanEditGoals;
            if (a.DenyUnless(allowed) is { } denied) return denied;
            var goal = await db.Goals.FirstAsync(g => g.Id == goalId, ct);
            var now = clock.GetUtcNow();
            var (result, summary) = change switch
            {
                Change.Start => (goal.Activate(now), "Started working on the goal"),
                Change.MarkAchieved => (goal.MarkAchieved(now), "Marked the goal achieved"),
                Change.Confirm => (goal.ConfirmAchieved(actor.UserId, now), "Confirmed the goal is achieved"),
                Change.Drop => (goal.Drop(reason, now), $"Dropped the goal: {reason?.Trim()}"),
                Change.Reopen => (goal.Reopen(now), "Reopened the goal"),
                _ => (Result<Unit>.Fail(Error.Validation("change", "Unknown change.")), ""),
            };
            if (!result.Succeeded) return result;
            db.GoalEvents.Add(GoalEvent.Of(goalId, actor.UserId, summary, now));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("The goal changed while you were looking at it. Reload to see its latest state."); }
            return Result.Ok();
        }

        public async Task<Result<Unit>> RecordMeasureAsync(Actor actor, Guid goalId, DateOnly date, decimal value, string? note, CancellationToken ct)
        {
            var (a, _, _) = await access.ForGoalAsync(actor, goalId, ct);
            if (a.DenyUnless(a.CanEditGoals) is { } denied) return denied;
            var goal = await db.Goals.AsNoTracking().Where(g => g.Id == goalId).Select(g => new { g.Smart.Metric, g.Smart.Target }).FirstAsync(ct);
            if (goal.Target is null || goal.Metric.Length == 0) return Error.Validation("Value", "This goal has no measure yet: add a metric and a target first.");
            var now = clock.GetUtcNow();
            var entry = MeasureEntry.Record(goalId, date, value, note, actor.UserId, reader.Today, now);
            if (!entry.Succeeded) return Result<Unit>.Fail(entry.Errors);
            db.MeasureEntries.Add(entry.Value!);
            db.GoalEvents.Add(GoalEvent.Of(goalId, actor.UserId, $"Recorded {goal.Metric}: {value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} on {date:d MMM yyyy}", now));
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        public async Task<Result<Guid>> CommentAsync(Actor actor, Guid goalId, string? body, CancellationToken ct)
        {
            var (a, _, _) = await access.ForGoalAsync(actor, goalId, ct);
            if (a.DenyUnless(a.CanComment) is { } denied) return denied;
            var comment = GoalComment.Write(goalId, actor.UserId, body, clock.GetUtcNow());
            if (!comment.Succeeded) return Result<Guid>.Fail(comment.Errors);
            db.GoalComments.Add(comment.Value!);
            await db.SaveChangesAsync(ct);
            return comment.Value!.Id;
        }
    }
}
