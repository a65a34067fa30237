using Thrive.Web.Features.Goals;

namespace Thrive.Web.Features.Commitments;

/// <summary>
/// One commitment as its page shows it: its goal with the goal's progress, streaks and strength, half a year of
/// check-ins as a labelled heatmap, and the check-ins with their notes. The owner and their partner read it.
/// </summary>
public static class GetCommitment
{
    public const int HeatmapDays = 182;

    /// <summary>The commitment's card; the owner's goals (to link it to one) when the reader may change it.</summary>
    public sealed record View(ListCommitments.Card Card, Guid OwnerId, string OwnerName, bool CanWrite, DateOnly Today, IReadOnlyList<GoalRows.Row> Goals);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, GoalRows goalRows)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid commitmentId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Commitment.Read, commitmentId, ct);
            if (grant.Denied is { } denied) return denied;
            var canWrite = grant.May(Policy.Commitment.Write);
            var today = reader.Today;
            var c = await db.Commitments.AsNoTracking().FirstAsync(x => x.Id == commitmentId, ct);
            var since = today.AddDays(-400); // enough for streaks and the strength score, as on the list
            var checkIns = await db.CheckIns.AsNoTracking().Where(x => x.CommitmentId == commitmentId && x.Date >= since)
                .OrderByDescending(x => x.Date).ToListAsync(ct);
            var goals = canWrite ? await goalRows.ForOwnersAsync([c.OwnerId], c.ProgrammeId, ct)
                : c.GoalId is { } goalId ? await goalRows.ForGoalsAsync([goalId], ct) : [];
            var name = await db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            var card = ListCommitments.CardOf(c, goals.FirstOrDefault(g => g.Id == c.GoalId), checkIns, today, HeatmapDays);
            return new View(card, c.OwnerId, name, canWrite, today, canWrite ? goals : []);
        }
    }
}
