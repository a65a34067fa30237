using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;

namespace Thrive.Domain.Accounts;

/// <summary>An invitation to create an account; the token itself is never stored, only its hash.</summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation() { Email = ""; NormalisedEmail = ""; TokenHash = ""; }

    public Guid Id { get; private set; }
    public string Email { get; private set; }
    public string NormalisedEmail { get; private set; }
    public Guid? ProgrammeId { get; private set; }
    public ParticipantRole? Role { get; private set; }
    public string TokenHash { get; private set; }
    public Guid InvitedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static Invitation Create(string email, Guid? programmeId, ParticipantRole? role, string tokenHash, Guid invitedBy, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), Email = email.Trim(), NormalisedEmail = EmailAddress.Normalise(email), ProgrammeId = programmeId,
        Role = role, TokenHash = tokenHash, InvitedById = invitedBy, CreatedAt = now, ExpiresAt = now + Lifetime,
    };

    public Result<Unit> CheckUsable(DateTimeOffset now)
    {
        if (UsedAt is not null) return Error.Conflict("This invitation has already been used. Sign in instead, or ask for a new invitation.");
        if (now >= ExpiresAt) return Error.Conflict("This invitation has expired. Ask your coordinator for a new one.");
        return Result.Ok();
    }

    public Result<Unit> Redeem(DateTimeOffset now)
    {
        var r = CheckUsable(now);
        if (!r.Succeeded) return r;
        UsedAt = now;
        return Result.Ok();
    }
}
