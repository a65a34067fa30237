namespace Thrive.Web.Features.Accounts;

/// <summary>The reader's personal access tokens, newest first: name, scope, created, expiry, last use, and whether each still works.</summary>
public static class ListAccessTokens
{
    /// <summary>Tokens shown; revoked and expired ones beyond it fall off the list.</summary>
    public const int Cap = 50;

    public enum TokenState { Live, Expired, Revoked }

    public sealed record Row(Guid Id, string Name, TokenScope Scope, string Hint, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
        DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, TokenState State);

    public sealed class Handler(ThriveDbContext db, ReaderClock reader)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var now = reader.UtcNow;
            var rows = await db.AccessTokens.AsNoTracking().Where(t => t.OwnerId == actor.UserId)
                .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Take(Cap)
                .Select(t => new { t.Id, t.Name, t.Scope, t.Hint, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt })
                .ToListAsync(ct);
            return rows.Select(t => new Row(t.Id, t.Name, t.Scope, AccessToken.Prefix + "…" + t.Hint, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt,
                t.RevokedAt is not null ? TokenState.Revoked : now >= t.ExpiresAt ? TokenState.Expired : TokenState.Live)).ToList();
        }
    }
}
