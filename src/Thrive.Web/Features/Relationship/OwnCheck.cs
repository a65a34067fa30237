using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// What saving answers and marking the check held share once the member may write: the pair must be active, and the
/// change goes to the reader's own check (started on first use).
/// </summary>
internal static class OwnCheck
{
    public static async Task<Result<Unit>> ChangeAsync(ThriveDbContext db, Guid authorId, Guid pairId, Func<MidpointCheck, Result<Unit>> change, CancellationToken ct)
    {
        if ((await PairFacts.LoadAsync(db, pairId, ct)).RefuseUnlessActive() is { } ended) return ended;
        var check = await OwnRow.FindOrStartAsync(db.MidpointChecks, c => c.PairId == pairId && c.AuthorId == authorId,
            () => MidpointCheck.Start(pairId, authorId), ct);
        var r = change(check);
        if (!r.Succeeded) return r;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.IsConflict()) { return Error.Conflict("You saved this from another window at the same moment. Reload and try again.", code: "stale"); }
        return r;
    }
}
