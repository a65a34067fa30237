namespace Thrive.Web.Features.Accounts;

/// <summary>A person revokes one of their personal access tokens: it stops working at the next call.</summary>
public static class RevokeAccessToken
{
    public sealed class Handler(ThriveDbContext db, ReaderClock reader, AuditLog audit)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid tokenId, CancellationToken ct)
        {
            // Another person's token is as missing as one that never was.
            var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.OwnerId == actor.UserId, ct);
            if (token is null) return Error.NotFound("The token");
            if (token.RevokedAt is not null) return Result.Ok();
            token.Revoke(reader.UtcNow);
            var name = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstAsync(ct);
            audit.Record(actor, AuditActions.TokenRevoked, actor.UserId, name, detail: $"\"{token.Name}\"");
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
