namespace Thrive.Web.Features.Accounts;

/// <summary>The reader's own profile as its form starts with it.</summary>
public static class GetProfile
{
    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<Result<UpdateProfile.Request>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var d = await db.Users.Where(u => u.Id == actor.UserId)
                .Select(u => new UpdateProfile.Request
                {
                    DisplayName = u.DisplayName, Pronouns = u.Pronouns, TimeZone = u.TimeZone, Region = u.Region, Bio = u.Bio,
                    Interests = u.Interests, GoalHoursPerWeek = u.GoalHoursPerWeek,
                })
                .FirstOrDefaultAsync(ct);
            return d is null ? Error.NotFound("Your account") : d;
        }
    }
}
