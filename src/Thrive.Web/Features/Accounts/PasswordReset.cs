using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Accounts;

/// <summary>
/// Reset by email. The request answers the same whether or not the address has an account, so it
/// cannot be used to find out who is registered. Identity's tokens are single use (the security stamp changes).
/// </summary>
public static class PasswordReset
{
    public sealed record Reset(string Email, string Token, string Password);

    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, Mailer mailer, LinkBuilder links)
    {
        public async Task<Result<Unit>> RequestAsync(string? email, CancellationToken ct)
        {
            var v = new Validate().Email("Email", email?.Trim());
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var normalised = EmailAddress.Normalise(email!);
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalised, ct);
            if (user is null) return Result.Ok();
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.Absolute($"/Account/ResetPassword?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}");
            await mailer.SendAsync(new OutgoingMail(user.Email!, "Reset your Thrive password",
                $"Hello {user.DisplayName},\n\nSomeone (we hope you) asked to reset your Thrive password. Choose a new one here; the link works once and expires within a day:\n\n{link}\n\nIf it was not you, ignore this message: your password stays as it is.\n\nThrive"), ct);
            return Result.Ok();
        }

        public async Task<Result<Unit>> ResetAsync(Reset r, CancellationToken ct)
        {
            var v = new Validate().Email(nameof(r.Email), r.Email?.Trim()).Required(nameof(r.Password), r.Password, "Password", 200);
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var normalised = EmailAddress.Normalise(r.Email!);
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalised, ct);
            const string bad = "This reset link is invalid, expired or already used. Ask for a new one.";
            if (user is null) return Error.Conflict(bad);
            var result = await users.ResetPasswordAsync(user, r.Token ?? "", r.Password);
            if (result.Succeeded)
            {
                await users.ResetAccessFailedCountAsync(user);
                await users.SetLockoutEndDateAsync(user, null);
                return Result.Ok();
            }
            if (result.Errors.Any(e => e.Code == "InvalidToken")) return Error.Conflict(bad);
            return Result<Unit>.Fail(IdentityErrors.ToErrors(result, nameof(r.Password)));
        }
    }
}
