namespace Thrive.Web.Features.Accounts;

/// <summary>The signed-in person: who they are, their time zone, and whether they administer the installation.</summary>
public static class GetMe
{
    public sealed record Person(Guid Id, string DisplayName, string Email, string TimeZone, bool IsAdmin);

    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<Result<Person>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var me = await db.Users.Where(u => u.Id == actor.UserId).Select(u => new Person(u.Id, u.DisplayName, u.Email!, u.TimeZone, u.IsAdmin)).FirstOrDefaultAsync(ct);
            return me is null ? Error.NotFound("Your account") : me;
        }
    }
}
