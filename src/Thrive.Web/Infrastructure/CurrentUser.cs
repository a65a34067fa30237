using System.Security.Claims;

namespace Thrive.Web.Infrastructure;

public static class CurrentUser
{
    public const string AdminClaim = "thrive:admin";
    public const string DisplayNameClaim = "thrive:name";
    public const string TimeZoneClaim = "thrive:tz";

    public static Guid Id(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static bool IsAdmin(this ClaimsPrincipal user) => user.HasClaim(AdminClaim, "true");

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";

    public static string TimeZone(this ClaimsPrincipal user) => user.FindFirstValue(TimeZoneClaim) ?? "UTC";

    /// <summary>The actor for a handler: who they are and whether they run the installation.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(user.Id(), user.IsAdmin());
}

public readonly record struct Actor(Guid UserId, bool IsAdmin);
