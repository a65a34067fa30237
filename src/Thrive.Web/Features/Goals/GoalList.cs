using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Goals;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Common;

namespace Thrive.Web.Features.Goals;

/// <summary>A person's goals in a programme, grouped by category, with progress; and a pair's goals side by side.</summary>
public static class GoalList
{
    public sealed record Row(Guid Id, Guid OwnerId, string Title, GoalCategory Category, GoalStatus Status, DateOnly? TargetDate, decimal Progress, bool Confirmed);

    public sealed record PersonGoals(Guid OwnerId, string OwnerName, Guid ProgrammeId, string ProgrammeName, IReadOnlyList<Row> Goals, PersonAccess Access);

    public const int Limit = 100;

    /// <summary>Finished and all tasks per goal, in one grouped query.</summary>
    public static async Task<Dictionary<Guid, (int Done, int Total)>> TaskCountsAsync(ThriveDbContext db, IReadOnlyList<Guid> goalIds, CancellationToken ct)
    {
        var rows = await db.Tasks.Where(t => t.GoalId != null && goalIds.Contains(t.GoalId.Value))
            .Join(db.BoardColumns, t => t.ColumnId, c => c.Id, (t, c) => new { GoalId = t.GoalId!.Value, c.Kind })
            .GroupBy(x => x.GoalId)
            .Select(g => new { g.Key, Done = g.Count(x => x.Kind == Thrive.Domain.Board.ColumnKind.Done), Total = g.Count() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => (r.Done, r.Total));
    }

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places)
    {
        public async Task<Result<PersonGoals>> ForPersonAsync(Actor actor, Guid ownerId, Guid? programmeId, CancellationToken ct)
        {
            var place = await places.FindAsync(ownerId, programmeId, ct);
            if (place is null) return ownerId == actor.UserId ? Error.Validation("", "You have no accepted place as a mentor or mentee yet.") : Error.NotFound("Person");
            var a = await access.ForPersonAsync(actor, ownerId, place.ProgrammeId, ct);
            if (!a.CanViewGoals) return Error.Forbidden();
            var rows = await RowsAsync([ownerId], place.ProgrammeId, ct);
            var name = await db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).FirstAsync(ct);
            return new PersonGoals(ownerId, name, place.ProgrammeId, place.ProgrammeName, rows, a);
        }

        /// <summary>Both members' goals for the pair page (one query for goals, one for their latest measures).</summary>
        public async Task<IReadOnlyList<Row>> RowsAsync(IReadOnlyList<Guid> ownerIds, Guid programmeId, CancellationToken ct)
        {
            var goals = await db.Goals.AsNoTracking().Where(g => ownerIds.Contains(g.OwnerId) && g.ProgrammeId == programmeId)
                .OrderBy(g => g.Status == GoalStatus.Active ? 0 : g.Status == GoalStatus.Draft ? 1 : 2).ThenBy(g => g.CreatedAt).Take(Limit)
                .Select(g => new { g.Id, g.OwnerId, g.Title, g.Category, g.Status, g.Smart, g.ConfirmedAt }).ToListAsync(ct);
            var ids = goals.Select(g => g.Id).ToList();
            var latest = await db.MeasureEntries.Where(m => ids.Contains(m.GoalId))
                .GroupBy(m => m.GoalId).Select(g => new { GoalId = g.Key, Date = g.Max(m => m.Date) })
                .Join(db.MeasureEntries, x => new { x.GoalId, x.Date }, m => new { m.GoalId, m.Date }, (x, m) => new { m.GoalId, m.Value })
                .ToListAsync(ct);
            var tasks = await TaskCountsAsync(db, ids, ct);
            return goals.Select(g => new Row(g.Id, g.OwnerId, g.Title, g.Category, g.Status, g.Smart.TargetDate,
                GoalProgress.Of(g.Status, g.Smart, latest.Where(l => l.GoalId == g.Id).Select(l => (decimal?)l.Value).FirstOrDefault(),
                    tasks.GetValueOrDefault(g.Id).Done, tasks.GetValueOrDefault(g.Id).Total),
                g.ConfirmedAt is not null)).ToList();
        }
    }
}
