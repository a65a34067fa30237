namespace Thrive.Web.Features.Groups;

/// <summary>
/// What the group's use cases share once access is granted: the group with its roster (tracked, for the domain's
/// rules), and one save where a lost race (a second join for the last place, a vote from another tab) is a 409.
/// </summary>
public static class GroupRoster
{
    /// <summary>A group has at most <see cref="GroupDetails.CapacityMax"/> members: the roster is read whole.</summary>
    public static async Task<(Group Group, List<GroupMember> Members)> LoadAsync(ThriveDbContext db, Guid groupId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var group = await db.Groups.FirstAsync(g => g.Id == groupId, ct);
        var members = await db.GroupMembers.Where(m => m.GroupId == groupId).OrderBy(m => m.JoinedAt).ThenBy(m => m.Id)
            .Take(GroupDetails.CapacityMax).ToListAsync(ct);
        return (group, members);
    }

    public const string Raced = "The group changed in the meantime (someone joined, left or voted at the same moment). Reload and try again.";

    /// <param name="raced">The message of a lost race (<see cref="Raced"/> unless the use case words it for what it changes).</param>
    public static async Task<Result<Unit>> SaveAsync(ThriveDbContext db, CancellationToken ct, string raced = Raced)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsConflict() || e.IsUniqueKeyViolation())
        {
            return Error.Conflict(raced, null, "stale");
        }
    }

    /// <summary>A member's part of the reading plan: the grant to take part, the part (not found for another group's) and its group.</summary>
    public static async Task<Result<(Group Group, ReadingPart Part)>> PartToTakeUpAsync(ThriveDbContext db, Access access, Actor actor, Guid groupId, Guid partId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        if ((await access.CheckAsync(actor, Policy.Group.TakePart, groupId, ct)).Denied is { } denied) return denied;
        var part = await PartAsync(db, groupId, partId, ct);
        if (!part.Succeeded) return Result<(Group, ReadingPart)>.Fail(part.Errors);
        return (await db.Groups.FirstAsync(g => g.Id == groupId, ct), part.Value!);
    }

    /// <summary>A reading part of the group, or "not found" for a part of another group.</summary>
    public static async Task<Result<ReadingPart>> PartAsync(ThriveDbContext db, Guid groupId, Guid partId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var part = await db.ReadingParts.FirstOrDefaultAsync(p => p.Id == partId && p.GroupId == groupId, ct);
        return part is null ? Error.NotFound("Reading part") : part;
    }
}
