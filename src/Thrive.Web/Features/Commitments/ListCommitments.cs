namespace Thrive.Web.Features.Commitments;

/// <summary>
/// A person's commitments with their check-ins: streaks counted in the commitment's own period, the never-miss-twice
/// warning, a strength score and a calendar heatmap, all as of the reader's today. The owner and their partner read them.
/// </summary>
public static class ListCommitments
{
    public const int HeatmapDays = 84;

    public sealed record Card(Commitment Commitment, string? GoalTitle, HabitSummary Summary, IReadOnlyList<HeatmapDay> Heatmap, IReadOnlyList<DateOnly> CheckedIn);

    public sealed record View(Guid OwnerId, string OwnerName, Guid ProgrammeId, bool CanWrite, DateOnly Today, IReadOnlyList<Card> Cards,
        IReadOnlyList<(Guid Id, string Title)> Goals);

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        /// <summary>The commitments of <paramref name="ownerId"/> (the reader's own when null) in their newest programme.</summary>
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? ownerId, CancellationToken ct)
        {
            var owner = ownerId ?? actor.UserId;
            var place = await places.FindAsync(owner, null, ct);
            if (place is null) return owner == actor.UserId ? Error.Validation("", "You have no accepted place as a mentor or mentee yet.") : Error.NotFound("Person");
            var grant = await access.CheckPersonAsync(actor, Policy.Commitment.List, owner, place.ProgrammeId, ct);
            if (grant.Denied is { } denied) return denied;
            var today = reader.Today;
            var commitments = await db.Commitments.AsNoTracking().Where(c => c.OwnerId == owner && c.ProgrammeId == place.ProgrammeId)
                .OrderBy(c => c.Archived).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(50).ToListAsync(ct);
            var ids = commitments.Select(c => c.Id).ToList();
            // Enough history for streaks and the strength score; one query for all commitments.
            var since = today.AddDays(-400);
            var checkIns = await db.CheckIns.AsNoTracking().Where(x => ids.Contains(x.CommitmentId) && x.Date >= since).ToListAsync(ct);
            var goals = await db.Goals.Where(g => g.OwnerId == owner && g.ProgrammeId == place.ProgrammeId).OrderBy(g => g.Title).ThenBy(g => g.Id).Take(100)
                .Select(g => new { g.Id, g.Title }).ToListAsync(ct);
            var name = await db.Users.Where(u => u.Id == owner).Select(u => u.DisplayName).FirstAsync(ct);
            var cards = commitments.Select(c =>
            {
                var mine = checkIns.Where(x => x.CommitmentId == c.Id).ToList();
                return new Card(c, goals.FirstOrDefault(g => g.Id == c.GoalId)?.Title, HabitStats.Summarise(c, mine, today),
                    HabitStats.Heatmap(c, mine, today.AddDays(-(HeatmapDays - 1)), today), mine.Select(x => x.Date).ToList());
            }).ToList();
            return new View(owner, name, place.ProgrammeId, grant.May(Policy.Commitment.Write), today, cards, goals.Select(g => (g.Id, g.Title)).ToList());
        }
    }
}
