using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Password reset tokens that expire by the app's clock (Identity's own provider reads the system clock, so its
/// expiry could not be tested or shifted). A token holds when it was made, the user, its purpose and the user's
/// security stamp, all encrypted and signed with the installation's data-protection keys. It is single use:
/// resetting the password changes the security stamp, which ends every token issued before.
/// </summary>
public sealed class ResetTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<ThriveUser>
{
    public const string Name = "ThriveReset";

    /// <summary>How long a reset link works (the mail says "within a day").</summary>
    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(1);

    private readonly IDataProtector protector = protection.CreateProtector("Thrive.Accounts.ResetToken");

    public async Task<string> GenerateAsync(string purpose, UserManager<ThriveUser> manager, ThriveUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(clock.GetUtcNow().UtcTicks);
            w.Write(await manager.GetUserIdAsync(user));
            w.Write(purpose ?? "");
            w.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }
        return WebEncoders.Base64UrlEncode(protector.Protect(buffer.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ThriveUser> manager, ThriveUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        byte[] payload;
        try
        {
            payload = protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? ""));
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return false; // not one of ours, altered, or made with keys this installation no longer has
        }
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload), System.Text.Encoding.UTF8);
            var made = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero);
            var userId = r.ReadString();
            var forPurpose = r.ReadString();
            var stamp = r.ReadString();
            if (made + Lifespan < clock.GetUtcNow()) return false;
            return userId == await manager.GetUserIdAsync(user)
                && forPurpose == (purpose ?? "")
                && stamp == (await manager.GetSecurityStampAsync(user) ?? "");
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException or IOException)
        {
            return false;
        }
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ThriveUser> manager, ThriveUser user) => Task.FromResult(false);
}
