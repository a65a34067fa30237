using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>A new password through the emailed link. Identity's tokens are single use (the security stamp changes).</summary>
public static class ResetPassword
{
    /// <summary>The address and token come from the link; the person types the new password twice.</summary>
    public sealed record Request
    {
        public string? Email { get; init; }
        public string? Token { get; init; }
        public string? Password { get; init; }
        public string? ConfirmPassword { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, IOptions<ThriveOptions> options)
    {
        public async Task<Result<Unit>> HandleAsync(Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            // A password set where passwords cannot sign in would only be a secret to leak.
            if (!options.Value.Sso.PasswordSignInAllowed) return Error.Conflict(RequestPasswordReset.PasswordsOff);
            if (r.Password != r.ConfirmPassword) return Error.Validation(nameof(Request.ConfirmPassword), "The two passwords are not the same.");
            var v = new Validate().Email(nameof(Request.Email), r.Email?.Trim()).Required(nameof(Request.Password), r.Password, "Password", 200);
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var normalised = EmailAddress.Normalise(r.Email!);
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalised, ct);
            const string bad = "This reset link is invalid, expired or already used. Ask for a new one.";
            if (user is null) return Error.Conflict(bad);
            var result = await users.ResetPasswordAsync(user, r.Token ?? "", r.Password!);
            if (result.Succeeded)
            {
                await users.ResetAccessFailedCountAsync(user);
                await users.SetLockoutEndDateAsync(user, null);
                return Result.Ok();
            }
            if (result.Errors.Any(e => e.Code == "InvalidToken")) return Error.Conflict(bad);
            return Result<Unit>.Fail(IdentityErrors.ToErrors(result, nameof(Request.Password)));
        }
    }
}
