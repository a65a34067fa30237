using System.Security.Claims;

namespace Thrive.Web.Infrastructure;

public static class CurrentUser
{
    public const string AdminClaim = "thrive:admin";
    public const string DisplayNameClaim = "thrive:name";
    public const string TimeZoneClaim = "thrive:tz";
    /// <summary>On someone with a place as mentor or mentee (or who applied for one).</summary>
    public const string TakesPartClaim = "thrive:takes-part";
    /// <summary>On someone who coordinates a programme.</summary>
    public const string CoordinatesClaim = "thrive:coordinates";

    public static Guid Id(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static bool IsAdmin(this ClaimsPrincipal user) => user.HasClaim(AdminClaim, "true");

    public static bool TakesPart(this ClaimsPrincipal user) => user.HasClaim(TakesPartClaim, "true");

    /// <summary>
    /// Whether the participant tools (goals, board, commitments, practice, SWOT) belong in the reader's navigation:
    /// theirs who have a place as mentor or mentee, and everyone's who neither runs the installation nor coordinates
    /// (a newcomer before applying). A coordinator or administrator without such a place does not see them.
    /// </summary>
    public static bool UsesParticipantTools(this ClaimsPrincipal user) =>
        user.TakesPart() || (!user.IsAdmin() && !user.HasClaim(CoordinatesClaim, "true"));

    /// <summary>Whether "What's new" belongs in the navigation: everyone's but an administrator's without a place.</summary>
    public static bool FollowsActivity(this ClaimsPrincipal user) => !user.IsAdmin() || user.TakesPart();

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";

    public static string TimeZone(this ClaimsPrincipal user) => user.FindFirstValue(TimeZoneClaim) ?? "UTC";

    /// <summary>The actor for a handler: who they are and whether they run the installation.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(user.Id(), user.IsAdmin());
}

public readonly record struct Actor(Guid UserId, bool IsAdmin);
