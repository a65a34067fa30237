namespace Thrive.Web.Features.Roles;

/// <summary>The reader adds a role of their own to their list (not one already on it, shown or hidden).</summary>
public static class AddRole
{
    public sealed record Request
    {
        public string? Name { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var rows = await RoleList.RowsAsync(db, actor.UserId, programmeId, ct);
            if (rows.Count(x => !x.IsBuiltIn) >= RoleList.OwnLimit) return Error.Validation(nameof(Request.Name), $"Your list holds up to {RoleList.OwnLimit} roles of your own: hide or reuse one.");
            var role = ExplorationRole.Add(programmeId, actor.UserId, r.Name, rows, reader.UtcNow);
            if (!role.Succeeded) return Result<Guid>.Fail(role.Errors);
            db.ExplorationRoles.Add(role.Value!);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return Error.Validation(nameof(Request.Name), "This role was just added in another tab."); }
            return role.Value!.Id;
        }
    }
}
