using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Accounts;

public static class Profile
{
    public sealed record Details(string DisplayName, string? Pronouns, string TimeZone, string? Region, string? Bio, string? Interests, decimal? GoalHoursPerWeek = null);

    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<Result<Details>> GetAsync(Actor actor, CancellationToken ct)
        {
            var d = await db.Users.Where(u => u.Id == actor.UserId)
                .Select(u => new Details(u.DisplayName, u.Pronouns, u.TimeZone, u.Region, u.Bio, u.Interests, u.GoalHoursPerWeek))
                .FirstOrDefaultAsync(ct);
            return d is null ? Error.NotFound("Your account") : d;
        }

        public async Task<Result<Unit>> UpdateAsync(Actor actor, Details r, CancellationToken ct)
        {
            var v = new Validate()
                .Required(nameof(r.DisplayName), r.DisplayName, "Display name", ThriveUser.DisplayNameMax)
                .MaxLength(nameof(r.Pronouns), r.Pronouns, "Pronouns", ThriveUser.PronounsMax)
                .That(TimeZones.IsKnown(r.TimeZone), nameof(r.TimeZone), "Choose a time zone from the list (an IANA name such as Europe/Amsterdam).")
                .MaxLength(nameof(r.Region), r.Region, "Region", ThriveUser.RegionMax)
                .MaxLength(nameof(r.Bio), r.Bio, "Bio", ThriveUser.BioMax)
                .MaxLength(nameof(r.Interests), r.Interests, "Interests", ThriveUser.InterestsMax)
                .That(r.GoalHoursPerWeek is null or (>= 0 and <= 80), nameof(r.GoalHoursPerWeek), "Hours a week must be between 0 and 80.");
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == actor.UserId, ct);
            if (user is null) return Error.NotFound("Your account");
            user.DisplayName = r.DisplayName.Trim();
            user.Pronouns = r.Pronouns?.Trim() ?? "";
            user.TimeZone = r.TimeZone.Trim();
            user.Region = r.Region?.Trim() ?? "";
            user.Bio = r.Bio?.Trim() ?? "";
            user.Interests = r.Interests?.Trim() ?? "";
            user.GoalHoursPerWeek = r.GoalHoursPerWeek;
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
