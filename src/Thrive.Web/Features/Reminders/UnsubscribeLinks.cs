using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Thrive.Web.Features.Reminders;

/// <summary>
/// Signed one-click unsubscribe links: the token names a person and a kind of reminder, protected with the app's
/// data-protection keys (kept in the database, so every instance reads every other's links). Nothing is stored.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, LinkBuilder links)
{
    private const string Purpose = "Thrive.Reminders.Unsubscribe.v1";

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    public string Url(Guid userId, ReminderKind kind) =>
        links.Absolute($"/Unsubscribe?t={Uri.EscapeDataString(Protector.Protect($"{userId:N}.{kind}"))}");

    /// <summary>The person and kind a token names, or null for anything tampered, truncated or made up.</summary>
    public (Guid UserId, ReminderKind Kind)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000) return null;
        string plain;
        try { plain = Protector.Unprotect(token); }
        catch (CryptographicException) { return null; }
        catch (FormatException) { return null; }
        var parts = plain.Split('.');
        return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var user) && Enum.TryParse<ReminderKind>(parts[1], out var kind)
            && Enum.IsDefined(kind) ? (user, kind) : null;
    }
}
