using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>
/// Someone asks for a reset link by email. The answer is the same whether or not the address has an account, so it
/// cannot be used to find out who is registered. Where password sign-in is turned off (single sign-on only), no link
/// is sent: a password could not be used to sign in.
/// </summary>
public static class RequestPasswordReset
{
    public sealed record Request
    {
        public string? Email { get; init; }
    }

    /// <summary>What a person is told where passwords are not used to sign in.</summary>
    public const string PasswordsOff = "Passwords are not used on this installation: sign in with your organisation's account.";

    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, Mailer mailer, LinkBuilder links, IOptions<ThriveOptions> options)
    {
        public async Task<Result<Unit>> HandleAsync(Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if (!options.Value.Sso.PasswordSignInAllowed) return Error.Conflict(PasswordsOff);
            var v = new Validate().Email(nameof(Request.Email), r.Email?.Trim());
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var normalised = EmailAddress.Normalise(r.Email!);
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalised, ct);
            if (user is null) return Result.Ok();
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.Absolute($"/Account/ResetPassword?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}");
            await mailer.SendAsync(new OutgoingMail(user.Email!, "Reset your Thrive password",
                $"Hello {user.DisplayName},\n\nSomeone (we hope you) asked to reset your Thrive password. Choose a new one here; the link works once and expires within a day:\n\n{link}\n\nIf it was not you, ignore this message: your password stays as it is.\n\nThrive"), ct);
            return Result.Ok();
        }
    }
}
