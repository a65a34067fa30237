using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>On an empty installation, the first visitor creates the admin account.</summary>
public static class CreateFirstAdmin
{
    public sealed record Request
    {
        public string? DisplayName { get; init; }
        public string? Email { get; init; }
        public string? Password { get; init; }
        public string? TimeZone { get; init; } = "UTC";
    }

    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, ReaderClock reader)
    {
        public async Task<Result<ThriveUser>> HandleAsync(Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if (await db.Users.AnyAsync(ct)) return Error.Conflict("Thrive is already set up. Sign in instead.");
            var v = new Validate()
                .Required(nameof(Request.DisplayName), r.DisplayName, "Your name", ThriveUser.DisplayNameMax)
                .Email(nameof(Request.Email), r.Email?.Trim())
                .Required(nameof(Request.Password), r.Password, "Password", 200)
                .That(TimeZones.IsKnown(r.TimeZone), nameof(Request.TimeZone), "Choose a time zone from the list.");
            if (!v.Ok) return Result<ThriveUser>.Fail(v.Errors);
            var user = new ThriveUser
            {
                Id = Guid.NewGuid(), UserName = r.Email!.Trim(), Email = r.Email.Trim(), EmailConfirmed = true,
                DisplayName = r.DisplayName!.Trim(), TimeZone = r.TimeZone!.Trim(), IsAdmin = true, CreatedAt = reader.UtcNow, LockoutEnabled = true,
            };
            var created = await users.CreateAsync(user, r.Password!);
            return created.Succeeded ? user : Result<ThriveUser>.Fail(IdentityErrors.ToErrors(created, nameof(Request.Password)));
        }
    }
}
