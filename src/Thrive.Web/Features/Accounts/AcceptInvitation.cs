using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Accounts;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Accounts;

/// <summary>The invited person chooses a name and password; the token is used up in the same transaction.</summary>
public static class AcceptInvitation
{
    public sealed record Request(string Token, string DisplayName, string Password, string TimeZone);

    public sealed record Preview(string Email, string? ProgrammeName, ParticipantRole? Role);

    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, TimeProvider clock)
    {
        public async Task<Result<Preview>> PreviewAsync(string? token, CancellationToken ct)
        {
            var invitation = await FindAsync(token, ct);
            if (invitation is null) return Error.NotFound("This invitation");
            var usable = invitation.CheckUsable(clock.GetUtcNow());
            if (!usable.Succeeded) return Result<Preview>.Fail(usable.Errors);
            var name = invitation.ProgrammeId is { } pid ? await db.Programmes.Where(p => p.Id == pid).Select(p => p.Name).FirstOrDefaultAsync(ct) : null;
            return new Preview(invitation.Email, name, invitation.Role);
        }

        public async Task<Result<ThriveUser>> HandleAsync(Request r, CancellationToken ct)
        {
            var v = new Validate()
                .Required(nameof(r.DisplayName), r.DisplayName, "Your name", ThriveUser.DisplayNameMax)
                .Required(nameof(r.Password), r.Password, "Password", 200)
                .That(TimeZones.IsKnown(r.TimeZone), nameof(r.TimeZone), "Choose a time zone from the list.");
            if (!v.Ok) return Result<ThriveUser>.Fail(v.Errors);

            var invitation = await FindAsync(r.Token, ct);
            if (invitation is null) return Error.NotFound("This invitation");
            var now = clock.GetUtcNow();
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
                    DisplayName = r.DisplayName.Trim(), TimeZone = r.TimeZone.Trim(), CreatedAt = now, LockoutEnabled = true,
                };
                saved = await users.CreateAsync(user, r.Password);
            }
            else
            {
                user.DisplayName = r.DisplayName.Trim();
                user.TimeZone = r.TimeZone.Trim();
                saved = await users.AddPasswordAsync(user, r.Password);
            }
            if (!saved.Succeeded) return Result<ThriveUser>.Fail(IdentityErrors.ToErrors(saved, nameof(r.Password)));
            if (invitation.ProgrammeId is { } programmeId && invitation.Role is { } role
                && !await db.Participants.AnyAsync(p => p.ProgrammeId == programmeId && p.UserId == user.Id, ct))
            {
                db.Participants.Add(role == ParticipantRole.Coordinator
                    ? Participant.Coordinator(programmeId, user.Id, now)
                    : Participant.Invited(programmeId, user.Id, role, now));
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return user;
        }

        private Task<Invitation?> FindAsync(string? token, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(token) || token.Length > 200) return Task.FromResult<Invitation?>(null);
            var hash = Tokens.Hash(token);
            return db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        }
    }
}

public static class IdentityErrors
{
    /// <summary>Identity's own messages ("Passwords must have at least one digit"), put on one field.</summary>
    public static Error[] ToErrors(IdentityResult result, string field) =>
        result.Errors.Select(e => Error.Validation(
            e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "Email" : field,
            e.Description)).ToArray();
}
