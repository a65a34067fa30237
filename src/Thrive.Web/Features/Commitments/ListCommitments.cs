using Thrive.Web.Features.Goals;

namespace Thrive.Web.Features.Commitments;

/// <summary>
/// A person's commitments with their check-ins: streaks counted in the commitment's own period, the never-miss-twice
/// warning, a strength score and a calendar heatmap, all as of the reader's today. The owner and their partner read them.
/// </summary>
public static class ListCommitments
{
    public const int HeatmapDays = 84;

    /// <summary>A commitment with its goal (and the goal's progress), its statistics, heatmap, and the check-ins of the heatmap's days, newest first.</summary>
    public sealed record Card(Commitment Commitment, GoalRows.Row? Goal, HabitSummary Summary, IReadOnlyList<HeatmapDay> Heatmap, IReadOnlyList<DateOnly> CheckedIn,
        IReadOnlyList<CheckIn> Recent)
    {
        public string? GoalTitle => Goal?.Title;
    }

    public sealed record View(Guid OwnerId, string OwnerName, Guid ProgrammeId, bool CanWrite, DateOnly Today, IReadOnlyList<Card> Cards,
        IReadOnlyList<GoalRows.Row> Goals);

    /// <summary>A card from a commitment's check-ins (enough of them for its streaks and strength), its heatmap <paramref name="days"/> long.</summary>
    public static Card CardOf(Commitment c, GoalRows.Row? goal, IReadOnlyList<CheckIn> checkIns, DateOnly today, int days)
    {
        // A young commitment shows from its start (but at least the list's twelve weeks), not months of empty days.
        var from = today.AddDays(-(days - 1));
        var start = c.StartDate < today.AddDays(-(HeatmapDays - 1)) ? c.StartDate : today.AddDays(-(HeatmapDays - 1));
        if (start > from) from = start;
        return new Card(c, goal, HabitStats.Summarise(c, checkIns, today), HabitStats.Heatmap(c, checkIns, from, today),
            checkIns.Select(x => x.Date).ToList(), checkIns.Where(x => x.Date >= from).OrderByDescending(x => x.Date).ToList());
    }

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader, GoalRows goalRows)
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
            var goals = await goalRows.ForOwnersAsync([owner], place.ProgrammeId, ct);
            var name = await db.Users.Where(u => u.Id == owner).Select(u => u.DisplayName).FirstAsync(ct);
            var cards = commitments.Select(c => CardOf(c, goals.FirstOrDefault(g => g.Id == c.GoalId),
                checkIns.Where(x => x.CommitmentId == c.Id).ToList(), today, HeatmapDays)).ToList();
            return new View(owner, name, place.ProgrammeId, grant.May(Policy.Commitment.Write), today, cards, goals);
        }
    }
}
