namespace Thrive.Web.Features.Goals;

/// <summary>A new goal of the reader's (blank, from a template or from a SWOT link), started now or kept as a draft.</summary>
public static class CreateGoal
{
    /// <summary>The new-goal form (and request body): the goal, whether to start it now, and where (the reader's newest place when none).</summary>
    public sealed record Request : GoalForm
    {
        public bool Activate { get; init; }
        public Guid? ProgrammeId { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, r.ProgrammeId, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var now = reader.UtcNow;
            var created = Goal.Create(programmeId, actor.UserId, r.ToDetails(), r.Activate, reader.Today, now);
            if (!created.Succeeded) return Result<Guid>.Fail(GoalForm.Placed(created.Errors));
            var goal = created.Value!;
            db.Goals.Add(goal);
            db.GoalEvents.Add(GoalEvent.Of(goal.Id, actor.UserId, r.Activate ? "Created the goal and started it" : "Created the goal as a draft", now));
            await GoalSwotLinks.AddAsync(db, goal.Id, actor.UserId, programmeId, r.SwotItemIds, ct);
            await db.SaveChangesAsync(ct);
            return goal.Id;
        }
    }
}
