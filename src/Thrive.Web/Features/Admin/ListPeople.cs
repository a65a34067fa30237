namespace Thrive.Web.Features.Admin;

/// <summary>The installation's people for its admins, by name, optionally searched by name or email, paged.</summary>
public static class ListPeople
{
    public sealed record Request
    {
        /// <summary>Part of a name or an email address (case does not matter).</summary>
        public string? Search { get; init; }
    }

    public sealed record Person(Guid Id, string Name, string Email, bool IsAdmin, DateTimeOffset CreatedAt, bool LockedOut);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Page<Person>>> HandleAsync(Actor actor, Request r, PageRequest page, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Installation.Administer, Guid.Empty, ct)).Denied is { } denied) return denied;
            var q = db.Users.AsNoTracking();
            var term = (r.Search ?? "").Trim();
            if (term.Length > 0)
            {
                if (term.Length > 100) term = term[..100];
                var upper = term.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToUpper to SQL UPPER(); culture does not apply
                q = q.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.ToUpper().Contains(upper));
#pragma warning restore CA1304, CA1311, CA1862
            }
            var now = reader.UtcNow;
            var total = await q.CountAsync(ct);
            var rows = await q.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Skip(page.Skip).Take(page.Size)
                .Select(u => new Person(u.Id, u.DisplayName, u.Email!, u.IsAdmin, u.CreatedAt, u.LockoutEnd != null && u.LockoutEnd > now)).ToListAsync(ct);
            return new Page<Person>(rows, page.Number, page.Size, total);
        }
    }
}
