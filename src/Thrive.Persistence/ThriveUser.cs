using Microsoft.AspNetCore.Identity;

namespace Thrive.Persistence;

/// <summary>An account. Roles in programmes live on <see cref="Domain.Intake.Participant"/>; admin is installation-wide.</summary>
public sealed class ThriveUser : IdentityUser<Guid>
{
    public const int DisplayNameMax = 100;
    public const int PronounsMax = 40;
    public const int RegionMax = 100;
    public const int BioMax = 1000;
    public const int InterestsMax = 500;

    public string DisplayName { get; set; } = "";
    public string Pronouns { get; set; } = "";
    public string TimeZone { get; set; } = "UTC";
    public string Region { get; set; } = "";
    public string Bio { get; set; } = "";
    public string Interests { get; set; } = "";
    public bool IsAdmin { get; set; }
    /// <summary>Hours a week this person can give their goals; the SMART coach warns when goals ask for more.</summary>
    public decimal? GoalHoursPerWeek { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>SHA-256 of the secret in this person's calendar feed URL; null until they ask for one. Regenerating replaces it.</summary>
    public string? CalendarFeedTokenHash { get; set; }
    public DateTimeOffset? CalendarFeedCreatedAt { get; set; }
}
