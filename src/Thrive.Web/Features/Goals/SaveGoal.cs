using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Goals;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Common;

namespace Thrive.Web.Features.Goals;

/// <summary>Creates a goal (blank, from a template or from a SWOT link) and edits it, guarded by a concurrency token.</summary>
public static class SaveGoal
{
    public sealed record Request(GoalDetails Details, IReadOnlyList<Guid> SwotItemIds, bool Activate);

    public sealed class Handler(ThriveDbContext db, ProgrammePlaces places, ReaderClock reader, TimeProvider clock)
    {
        public async Task<Result<Guid>> CreateAsync(Actor actor, Guid? programmeId, Request r, CancellationToken ct)
        {
            var place = await places.FindAsync(actor.UserId, programmeId, ct);
            if (place is null)
                return Error.Forbidden();
            var now = clock.GetUtcNow();
            var created = Goal.Create(place.ProgrammeId, actor.UserId, r.Details, r.Activate, reader.Today, now);
            if (!created.Succeeded) return Result<Guid>.Fail(created.Errors);
            var goal = created.Value!;
            db.Goals.Add(goal);
            db.GoalEvents.Add(GoalEvent.Of(goal.Id, actor.UserId, r.Activate ? "Created the goal and started it" : "Created the goal as a draft", now));
            await LinkSwotAsync(goal.Id, actor.UserId, place.ProgrammeId, r.SwotItemIds, ct);
            await db.SaveChangesAsync(ct);
            return goal.Id;
        }

        public async Task<Result<Unit>> EditAsync(Actor actor, Guid goalId, Request r, Guid? expectedVersion, CancellationToken ct)
        {
            var goal = await db.Goals.FirstOrDefaultAsync(g => g.Id == goalId, ct);
            if (goal is null) return Error.NotFound("Goal");
            if (goal.OwnerId != actor.UserId) return Error.Forbidden();
            if (expectedVersion is null) return Error.Validation("Version", "Send the version of the goal you read (its concurrency token).");
            if (goal.Version != expectedVersion) return Stale();
            var now = clock.GetUtcNow();
            var edited = goal.Edit(r.Details, reader.Today, now);
            if (!edited.Succeeded) return Result<Unit>.Fail(edited.Errors);
            db.Entry(goal).Property(g => g.Version).OriginalValue = expectedVersion.Value;
            var existing = await db.GoalSwotLinks.Where(l => l.GoalId == goalId).ToListAsync(ct);
            var wanted = (r.SwotItemIds ?? []).ToHashSet();
            var linksChanged = !existing.Select(l => l.SwotItemId).ToHashSet().SetEquals(wanted);
            if (linksChanged)
            {
                db.GoalSwotLinks.RemoveRange(existing);
                await LinkSwotAsync(goalId, actor.UserId, goal.ProgrammeId, r.SwotItemIds, ct);
            }
            var changes = edited.Value!.Concat(linksChanged ? ["SWOT links"] : []).ToList();
            if (changes.Count > 0) db.GoalEvents.Add(GoalEvent.Of(goalId, actor.UserId, "Changed " + string.Join(", ", changes), now));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Stale(); }
            return Result.Ok();
        }

        /// <summary>Only items of the owner's own SWOT in this programme can be linked.</summary>
        private async Task LinkSwotAsync(Guid goalId, Guid ownerId, Guid programmeId, IReadOnlyList<Guid>? itemIds, CancellationToken ct)
        {
            var ids = (itemIds ?? []).Distinct().Take(20).ToList();
            if (ids.Count == 0) return;
            var own = await db.SwotItems.Where(i => ids.Contains(i.Id))
                .Join(db.SwotRevisions, i => i.RevisionId, r => r.Id, (i, r) => new { i.Id, r.AnalysisId })
                .Join(db.SwotAnalyses, x => x.AnalysisId, a => a.Id, (x, a) => new { x.Id, a.OwnerId, a.ProgrammeId })
                .Where(x => x.OwnerId == ownerId && x.ProgrammeId == programmeId).Select(x => x.Id).ToListAsync(ct);
            db.GoalSwotLinks.AddRange(own.Select(id => GoalSwotLink.Of(goalId, id)));
        }

        private static Error Stale() => Error.Conflict("Someone saved this goal after you opened it. Your changes are still in the form below: check the goal's latest version, then save again.");
    }
}
