namespace Thrive.Web.Features.Pairs;

/// <summary>
/// What activating, completing and dissolving a pair share once the coordinator's change is allowed: apply it to the
/// pair, note it in the audit log by the two names, and save it unless someone changed the pair meanwhile.
/// </summary>
internal static class PairStateChange
{
    public static async Task<Result<Unit>> ApplyAsync(ThriveDbContext db, AuditLog audit, Actor actor, Guid pairId,
        Func<Pair, Result<Unit>> change, string auditAction, string detail, CancellationToken ct)
    {
        var pair = await db.Pairs.FirstAsync(p => p.Id == pairId, ct);
        var result = change(pair);
        if (!result.Succeeded) return result;
        var names = await db.Users.Where(u => u.Id == pair.MenteeId || u.Id == pair.MentorId).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        string Name(Guid id) => names.FirstOrDefault(n => n.Id == id)?.DisplayName ?? "";
        audit.Record(actor, auditAction, pair.Id, $"{Name(pair.MenteeId)} with {Name(pair.MentorId)}", pair.ProgrammeId, detail);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Error.Conflict("Someone else changed this pair just now. Reload to see their change.", code: "stale"); }
        return result;
    }
}
