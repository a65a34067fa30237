using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>The invited person chooses a name and password; the token is used up in the same transaction.</summary>
public static class AcceptInvitation
{
    public sealed record Request
    {
        public string? DisplayName { get; init; }
        public string? Password { get; init; }
        public string? ConfirmPassword { get; init; }
        public string? TimeZone { get; init; } = "Africa/Johannesburg";
    }

    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, ReaderClock reader)
    {
        /// <summary>Redeems the invitation behind <paramref name="token"/> and returns the account to sign in.</summary>
        public async Task<Result<ThriveUser>> HandleAsync(string? token, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var v = new Validate()
                .Required(nameof(Request.DisplayName), r.DisplayName, "Your name", ThriveUser.DisplayNameMax)
                .Required(nameof(Request.Password), r.Password, "Password", 200)
                .That(r.Password == r.ConfirmPassword, nameof(Request.ConfirmPassword), "The two passwords are not the same.")
                .That(TimeZones.IsKnown(r.TimeZone), nameof(Request.TimeZone), "Choose a time zone from the list.");
            if (!v.Ok) return Result<ThriveUser>.Fail(v.Errors);

            var invitation = await InvitationTokens.FindAsync(db, token, ct);
            if (invitation is null) return Error.NotFound("This invitation");
            var now = reader.UtcNow;
            var redeemed = invitation.Redeem(now);
            if (!redeemed.Succeeded) return Result<ThriveUser>.Fail(redeemed.Errors);
            // Imported participants already have an account without a password: the invitation sets it.
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == invitation.NormalisedEmail, ct);
            if (user is { PasswordHash: not null })
                return Error.Conflict("An account with this email already exists. Sign in instead.");

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            IdentityResult saved;
            if (user is null)
            {
                user = new ThriveUser
                {
                    Id = Guid.NewGuid(), UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true,
                    DisplayName = r.DisplayName!.Trim(), TimeZone = r.TimeZone!.Trim(), CreatedAt = now, LockoutEnabled = true,
                };
                saved = await users.CreateAsync(user, r.Password!);
            }
            else
            {
                user.DisplayName = r.DisplayName!.Trim();
                user.TimeZone = r.TimeZone!.Trim();
                saved = await users.AddPasswordAsync(user, r.Password!);
            }
            if (!saved.Succeeded) return Result<ThriveUser>.Fail(IdentityErrors.ToErrors(saved, nameof(Request.Password)));
            await AddPlaceAsync(db, invitation, user.Id, now, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return user;
        }
    }

    /// <summary>The programme place an invitation offers, added to the unit of work unless the person has one already.</summary>
    internal static async Task AddPlaceAsync(ThriveDbContext db, Invitation invitation, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        if (invitation.ProgrammeId is { } programmeId && invitation.Role is { } role
            && !await db.Participants.AnyAsync(p => p.ProgrammeId == programmeId && p.UserId == userId, ct))
        {
            db.Participants.Add(role == ParticipantRole.Coordinator
                ? Participant.Coordinator(programmeId, userId, now)
                : Participant.Invited(programmeId, userId, role, now));
        }
    }
}
