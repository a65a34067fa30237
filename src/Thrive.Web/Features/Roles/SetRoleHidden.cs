namespace Thrive.Web.Features.Roles;

/// <summary>
/// The reader hides a role on their list (it leaves the map and the form; its conversations stay) or shows it again.
/// A built-in role is hidden by a row of its own, which showing it again removes.
/// </summary>
public static class SetRoleHidden
{
    public sealed record Request
    {
        public string? Role { get; init; }
        public bool Hidden { get; init; } = true;
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Unit>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var key = RoleCatalogue.Key(r.Role);
            var row = await db.ExplorationRoles.FirstOrDefaultAsync(x => x.OwnerId == actor.UserId && x.ProgrammeId == programmeId && x.Key == key, ct);
            var builtIn = RoleCatalogue.BuiltIn.FirstOrDefault(n => RoleCatalogue.Key(n) == key);
            if (row is null && builtIn is null) return Error.Validation(nameof(Request.Role), "Choose a role on your list.");
            if (row is null && r.Hidden) db.ExplorationRoles.Add(ExplorationRole.HideBuiltIn(programmeId, actor.UserId, builtIn!, reader.UtcNow));
            else if (row is not null && builtIn is not null && !r.Hidden) db.ExplorationRoles.Remove(row);
            else row?.SetHidden(r.Hidden);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return Error.Conflict("The role was just changed in another tab; reload and try again.", null, "stale"); }
            return Result.Ok();
        }
    }
}
