namespace Thrive.Web.Features.Accounts;

/// <summary>Whom an invitation link is for and where it leads, while it can still be used.</summary>
public static class PreviewInvitation
{
    public sealed record Preview(string Email, string? ProgrammeName, ParticipantRole? Role);

    public sealed class Handler(ThriveDbContext db, ReaderClock reader)
    {
        public async Task<Result<Preview>> HandleAsync(string? token, CancellationToken ct)
        {
            var invitation = await InvitationTokens.FindAsync(db, token, ct);
            if (invitation is null) return Error.NotFound("This invitation");
            var usable = invitation.CheckUsable(reader.UtcNow);
            if (!usable.Succeeded) return Result<Preview>.Fail(usable.Errors);
            var name = invitation.ProgrammeId is { } pid ? await db.Programmes.Where(p => p.Id == pid).Select(p => p.Name).FirstOrDefaultAsync(ct) : null;
            return new Preview(invitation.Email, name, invitation.Role);
        }
    }
}
