using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Commitments;
using Thrive.Persistence;
using Thrive.Web.Features.Goals;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Commitments;

/// <summary>
/// Commitments (habits) and their check-ins: today's and up to a week back, streaks counted in the commitment's own
/// period, the never-miss-twice warning, a strength score and a calendar heatmap. The owner changes them; their
/// partner reads them.
/// </summary>
public static class Commitments
{
    public const int HeatmapDays = 84;

    public sealed record Card(Commitment Commitment, string? GoalTitle, HabitSummary Summary, IReadOnlyList<HeatmapDay> Heatmap, IReadOnlyList<DateOnly> CheckedIn);

    public sealed record View(Guid OwnerId, string OwnerName, Guid ProgrammeId, bool IsOwner, DateOnly Today, IReadOnlyList<Card> Cards,
        IReadOnlyList<(Guid Id, string Title)> Goals);

    public sealed class Handler(ThriveDbContext db, Access access, GoalContext context, TimeProvider clock)
    {
        public async Task<Result<View>> ListAsync(Actor actor, Guid? ownerId, CancellationToken ct)
        {
            var owner = ownerId ?? actor.UserId;
            var place = await context.PlaceAsync(owner, null, ct);
            if (place is null) return owner == actor.UserId ? Error.Validation("", "You have no accepted place as a mentor or mentee yet.") : Error.NotFound("Person");
            var a = await access.ForPersonAsync(actor, owner, place.ProgrammeId, ct);
            if (!a.CanViewSwot) return Error.Forbidden();
            var today = context.Today;
            var commitments = await db.Commitments.AsNoTracking().Where(c => c.OwnerId == owner && c.ProgrammeId == place.ProgrammeId)
                .OrderBy(c => c.Archived).ThenBy(c => c.CreatedAt).Take(50).ToListAsync(ct);
            var ids = commitments.Select(c => c.Id).ToList();
            // Enough history for streaks and the strength score; one query for all commitments.
            var since = today.AddDays(-400);
            var checkIns = await db.CheckIns.AsNoTracking().Where(x => ids.Contains(x.CommitmentId) && x.Date >= since).ToListAsync(ct);
            var goals = await db.Goals.Where(g => g.OwnerId == owner && g.ProgrammeId == place.ProgrammeId).OrderBy(g => g.Title).Take(100)
                .Select(g => new { g.Id, g.Title }).ToListAsync(ct);
            var name = await db.Users.Where(u => u.Id == owner).Select(u => u.DisplayName).FirstAsync(ct);
            var cards = commitments.Select(c =>
            {
                var mine = checkIns.Where(x => x.CommitmentId == c.Id).ToList();
                return new Card(c, goals.FirstOrDefault(g => g.Id == c.GoalId)?.Title, HabitStats.Summarise(c, mine, today),
                    HabitStats.Heatmap(c, mine, today.AddDays(-(HeatmapDays - 1)), today), mine.Select(x => x.Date).ToList());
            }).ToList();
            return new View(owner, name, place.ProgrammeId, a.IsOwner, today, cards, goals.Select(g => (g.Id, g.Title)).ToList());
        }

        public async Task<Result<Guid>> CreateAsync(Actor actor, CommitmentDetails details, CancellationToken ct)
        {
            var place = await context.PlaceAsync(actor.UserId, null, ct);
            if (place is null) return Error.Forbidden();
            if (details.GoalId is { } g && !await db.Goals.AnyAsync(x => x.Id == g && x.OwnerId == actor.UserId && x.ProgrammeId == place.ProgrammeId, ct))
                return Error.Validation("GoalId", "Choose one of your goals, or none.");
            var c = Commitment.Create(place.ProgrammeId, actor.UserId, details, context.Today, context.Today, clock.GetUtcNow());
            if (!c.Succeeded) return Result<Guid>.Fail(c.Errors);
            db.Commitments.Add(c.Value!);
            await db.SaveChangesAsync(ct);
            return c.Value!.Id;
        }

        public async Task<Result<Unit>> CheckInAsync(Actor actor, Guid commitmentId, DateOnly? day, decimal value, string? note, CancellationToken ct)
        {
            var c = await db.Commitments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == commitmentId, ct);
            if (c is null) return Error.NotFound("Commitment");
            if (c.OwnerId != actor.UserId) return Error.Forbidden();
            if (day is not { } date) return Error.Validation("Date", "Choose the day you kept it (today or up to 7 days back).");
            var existing = await db.CheckIns.Where(x => x.CommitmentId == commitmentId && x.Date == date).Select(x => x.Date).ToListAsync(ct);
            var first = CheckIn.EnsureFirstForDay(existing, date);
            if (!first.Succeeded) return first;
            var checkIn = CheckIn.Record(c, date, value, note, context.Today, clock.GetUtcNow());
            if (!checkIn.Succeeded) return Result<Unit>.Fail(checkIn.Errors);
            db.CheckIns.Add(checkIn.Value!);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return CheckIn.EnsureFirstForDay([date], date); } // another tab checked in first
            return Result.Ok();
        }

        public async Task<Result<Unit>> ArchiveAsync(Actor actor, Guid commitmentId, CancellationToken ct)
        {
            var c = await db.Commitments.FirstOrDefaultAsync(x => x.Id == commitmentId, ct);
            if (c is null) return Error.NotFound("Commitment");
            if (c.OwnerId != actor.UserId) return Error.Forbidden();
            var r = c.Archived ? c.Restore(clock.GetUtcNow()) : c.Archive(clock.GetUtcNow());
            if (r.Succeeded) await db.SaveChangesAsync(ct);
            return r;
        }
    }
}
