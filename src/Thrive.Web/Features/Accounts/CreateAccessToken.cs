namespace Thrive.Web.Features.Accounts;

/// <summary>A person makes a personal access token for the API: a name, a scope and an expiry; the secret is shown once.</summary>
public static class CreateAccessToken
{
    public sealed record Request
    {
        public string? Name { get; init; }
        public TokenScope? Scope { get; init; } = TokenScope.Read;
        public int? ExpiresInDays { get; init; } = AccessToken.DefaultDays;
    }

    /// <summary>The secret, which Thrive cannot show again (only its hash is kept).</summary>
    public sealed record Created(Guid Id, string Secret, DateTimeOffset ExpiresAt);

    public sealed class Handler(ThriveDbContext db, ReaderClock reader, AuditLog audit)
    {
        public async Task<Result<Created>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var now = reader.UtcNow;
            var owner = await db.Users.Where(u => u.Id == actor.UserId).Select(u => new
            {
                u.DisplayName,
                Live = db.AccessTokens.Count(t => t.OwnerId == u.Id && t.RevokedAt == null && t.ExpiresAt > now),
            }).FirstOrDefaultAsync(ct);
            if (owner is null) return Error.NotFound("Your account");
            var secret = ApiTokens.NewSecret();
            var made = AccessToken.Create(actor.UserId, r.Name, r.Scope, r.ExpiresInDays, secret, Tokens.Hash(secret), owner.Live, now);
            if (!made.Succeeded) return Result<Created>.Fail(made.Errors);
            var token = made.Value!;
            db.AccessTokens.Add(token);
            audit.Record(actor, AuditActions.TokenCreated, actor.UserId, owner.DisplayName,
                detail: $"\"{token.Name}\", {token.Scope.ToString().ToLowerInvariant()} scope, until {token.ExpiresAt:yyyy-MM-dd}");
            await db.SaveChangesAsync(ct);
            return new Created(token.Id, secret, token.ExpiresAt);
        }
    }
}
