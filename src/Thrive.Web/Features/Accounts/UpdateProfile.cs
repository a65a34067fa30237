namespace Thrive.Web.Features.Accounts;

/// <summary>A person changes how they appear (name, pronouns), their time zone, and what helps matching and the SMART coach.</summary>
public static class UpdateProfile
{
    public sealed record Request
    {
        public string? DisplayName { get; init; }
        public string? Pronouns { get; init; }
        public string? TimeZone { get; init; } = "UTC";
        public string? Region { get; init; }
        public string? Bio { get; init; }
        public string? Interests { get; init; }

        /// <summary>Hours a week the person has for their goals; the SMART coach warns when goals ask for more.</summary>
        public decimal? GoalHoursPerWeek { get; init; }
    }

    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var v = new Validate()
                .Required(nameof(Request.DisplayName), r.DisplayName, "Display name", ThriveUser.DisplayNameMax)
                .MaxLength(nameof(Request.Pronouns), r.Pronouns, "Pronouns", ThriveUser.PronounsMax)
                .That(TimeZones.IsKnown(r.TimeZone), nameof(Request.TimeZone), "Choose a time zone from the list (an IANA name such as Europe/Amsterdam).")
                .MaxLength(nameof(Request.Region), r.Region, "Region", ThriveUser.RegionMax)
                .MaxLength(nameof(Request.Bio), r.Bio, "Bio", ThriveUser.BioMax)
                .MaxLength(nameof(Request.Interests), r.Interests, "Interests", ThriveUser.InterestsMax)
                .That(r.GoalHoursPerWeek is null or (>= 0 and <= 80), nameof(Request.GoalHoursPerWeek), "Hours a week must be between 0 and 80.");
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == actor.UserId, ct);
            if (user is null) return Error.NotFound("Your account");
            user.DisplayName = r.DisplayName!.Trim();
            user.Pronouns = r.Pronouns?.Trim() ?? "";
            user.TimeZone = r.TimeZone!.Trim();
            user.Region = r.Region?.Trim() ?? "";
            user.Bio = r.Bio?.Trim() ?? "";
            user.Interests = r.Interests?.Trim() ?? "";
            user.GoalHoursPerWeek = r.GoalHoursPerWeek;
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
