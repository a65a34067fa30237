namespace Thrive.Web.Features.Accounts;

/// <summary>Finds an invitation by the token in its link (only the token's hash is stored).</summary>
internal static class InvitationTokens
{
    public static Task<Invitation?> FindAsync(ThriveDbContext db, string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200) return Task.FromResult<Invitation?>(null);
        var hash = Tokens.Hash(token);
        return db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
    }
}
