using System.Security.Claims;

namespace Thrive.Web.Infrastructure;

public static class CurrentUser
{
    public const string AdminClaim = "thrive:admin";
    public const string DisplayNameClaim = "thrive:name";
    public const string TimeZoneClaim = "thrive:tz";
    /// <summary>On an administrator who also has a place as mentor or mentee (or applied for one).</summary>
    public const string TakesPartClaim = "thrive:takes-part";

    public static Guid Id(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static bool IsAdmin(this ClaimsPrincipal user) => user.HasClaim(AdminClaim, "true");

    /// <summary>
    /// Whether the participant tools (goals, board, commitments, practice, SWOT) belong in the reader's navigation:
    /// everyone's but an administrator's who has no place as mentor or mentee.
    /// </summary>
    public static bool UsesParticipantTools(this ClaimsPrincipal user) => !user.IsAdmin() || user.HasClaim(TakesPartClaim, "true");

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";

    public static string TimeZone(this ClaimsPrincipal user) => user.FindFirstValue(TimeZoneClaim) ?? "UTC";

    /// <summary>The actor for a handler: who they are and whether they run the installation.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(user.Id(), user.IsAdmin());
}

public readonly record struct Actor(Guid UserId, bool IsAdmin);
