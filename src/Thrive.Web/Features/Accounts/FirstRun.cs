using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Persistence;

namespace Thrive.Web.Features.Accounts;

/// <summary>On an empty installation, the first visitor creates the admin account; after that the page is gone.</summary>
public static class FirstRun
{
    public sealed record Request(string DisplayName, string Email, string Password, string TimeZone);

    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, TimeProvider clock)
    {
        public async Task<bool> IsNeededAsync(CancellationToken ct) => !await db.Users.AnyAsync(ct);

        public async Task<Result<ThriveUser>> HandleAsync(Request r, CancellationToken ct)
        {
            if (!await IsNeededAsync(ct)) return Error.Conflict("Thrive is already set up. Sign in instead.");
            var v = new Validate()
                .Required(nameof(r.DisplayName), r.DisplayName, "Your name", ThriveUser.DisplayNameMax)
                .Email(nameof(r.Email), r.Email?.Trim())
                .Required(nameof(r.Password), r.Password, "Password", 200)
                .That(TimeZones.IsKnown(r.TimeZone), nameof(r.TimeZone), "Choose a time zone from the list.");
            if (!v.Ok) return Result<ThriveUser>.Fail(v.Errors);
            var user = new ThriveUser
            {
                Id = Guid.NewGuid(), UserName = r.Email!.Trim(), Email = r.Email.Trim(), EmailConfirmed = true,
                DisplayName = r.DisplayName.Trim(), TimeZone = r.TimeZone.Trim(), IsAdmin = true, CreatedAt = clock.GetUtcNow(), LockoutEnabled = true,
            };
            var created = await users.CreateAsync(user, r.Password);
            return created.Succeeded ? user : Result<ThriveUser>.Fail(IdentityErrors.ToErrors(created, nameof(r.Password)));
        }
    }
}
