namespace Thrive.Web.Features.Goals;

/// <summary>The owner changes an open goal; a save made after someone else's (a stale version) is refused, not merged.</summary>
public static class EditGoal
{
    /// <summary>The edit form (and request body): the goal and the version it was read at (its concurrency token).</summary>
    public sealed record Request : GoalForm
    {
        public Guid? Version { get; init; }
    }

    public const string StaleMessage = "Someone saved this goal after you opened it. Your changes are still in the form below: check the goal's latest version, then save again.";

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid goalId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Goal.Write, goalId, ct)).Denied is { } denied) return denied;
            if (r.Version is not { } version) return Error.Validation(nameof(Request.Version), "Send the version of the goal you read (its concurrency token).");
            var goal = await db.Goals.FirstAsync(g => g.Id == goalId, ct);
            if (goal.Version != version) return Stale();
            var now = reader.UtcNow;
            var edited = goal.Edit(r.ToDetails(), reader.Today, now);
            if (!edited.Succeeded) return Result<Unit>.Fail(GoalForm.Placed(edited.Errors));
            db.Entry(goal).Property(g => g.Version).OriginalValue = version;
            var existing = await db.GoalSwotLinks.Where(l => l.GoalId == goalId).ToListAsync(ct);
            var wanted = (r.SwotItemIds ?? []).ToHashSet();
            var linksChanged = !existing.Select(l => l.SwotItemId).ToHashSet().SetEquals(wanted);
            if (linksChanged)
            {
                db.GoalSwotLinks.RemoveRange(existing);
                await GoalSwotLinks.AddAsync(db, goalId, goal.OwnerId, goal.ProgrammeId, r.SwotItemIds, ct);
            }
            var changes = edited.Value!.Concat(linksChanged ? ["SWOT links"] : []).ToList();
            if (changes.Count > 0) db.GoalEvents.Add(GoalEvent.Of(goalId, actor.UserId, "Changed " + string.Join(", ", changes), now));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Stale(); }
            return Result.Ok();
        }

        private static Error Stale() => Error.Conflict(StaleMessage, code: "stale");
    }
}
