namespace Thrive.Web.Features.Roles;

/// <summary>A person's logged conversations, newest first, paged, optionally one role's. The owner and their mentor read them.</summary>
public static class ListConversations
{
    public sealed record Request
    {
        public Guid? Owner { get; init; }
        /// <summary>Only the conversations with people in this role (matched as the roles list matches names).</summary>
        public string? Role { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record View(Guid OwnerId, bool CanWrite, string? Role, Page<RoleConversation> Conversations);

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var found = await ToolOwner.FindAsync(places, access, actor, r.Owner, Policy.Roles.List, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            var query = db.RoleConversations.AsNoTracking().Where(c => c.OwnerId == o.OwnerId && c.ProgrammeId == o.ProgrammeId);
            var role = string.IsNullOrWhiteSpace(r.Role) ? null : RoleCatalogue.Tidy(r.Role);
            if (role is not null && (role.Length > RoleCatalogue.NameMax || role.Contains('\0', StringComparison.Ordinal)))
                return Error.Validation(nameof(Request.Role), $"Choose a role by its name (at most {RoleCatalogue.NameMax} characters).");
            if (role is not null)
            {
                var key = RoleCatalogue.Key(role);
                query = query.Where(c => c.RoleKey == key);
            }
            var paging = PageRequest.Of(r.Page, r.PageSize);
            var total = await query.CountAsync(ct);
            var items = await query.OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
                .Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
            return new View(o.OwnerId, o.Grant.May(Policy.Roles.Write), role, new Page<RoleConversation>(items, paging.Number, paging.Size, total));
        }
    }
}
