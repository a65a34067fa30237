namespace Thrive.Web.Features.Accounts;

/// <summary>Whether the installation is empty and waits for its first admin (then /Setup is the way in; after that it is gone).</summary>
public static class FirstRun
{
    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<bool> HandleAsync(CancellationToken ct) => !await db.Users.AnyAsync(ct);
    }
}
