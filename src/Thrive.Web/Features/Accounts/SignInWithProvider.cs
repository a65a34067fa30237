using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>
/// The end of a single sign-on: the provider's verified answer sits in Identity's external cookie. A provider account
/// linked before signs its person in; otherwise a verified e-mail address decides: an account with that confirmed
/// address is linked and signed in, an open invitation or an allowed domain makes the account just in time, anything
/// else is refused with a reason. When a signed-in person links a provider from their profile, the answer is linked to
/// them instead. Answers the address to send the browser to.
/// </summary>
public static class SignInWithProvider
{
    public sealed class Handler(
        SignInManager<ThriveUser> signIn, UserManager<ThriveUser> users, ThriveDbContext db, AuditLog audit, ReaderClock reader,
        IOptions<ThriveOptions> options)
    {
        public async Task<string> HandleAsync(HttpContext http, string? returnUrl, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(http);
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
            var me = http.User.Identity?.IsAuthenticated == true ? http.User.Actor().UserId : (Guid?)null;
            var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
            var linking = external.Properties?.Items.ContainsKey(SingleSignOn.LinkItem) == true;
            if (linking && me is null) return await RefuseAsync(http, "", "", SsoRefusal.State); // signed out in the meantime
            var info = await signIn.GetExternalLoginInfoAsync(linking ? me?.ToString() : null);
            await http.SignOutAsync(IdentityConstants.ExternalScheme);
            if (info is null || SingleSignOn.KeyOf(info.LoginProvider) is not { } key || !options.Value.Sso.Providers.TryGetValue(key, out var provider))
                return await RefuseAsync(http, "", "", SsoRefusal.State);
            var email = info.Principal.FindFirstValue("email")?.Trim() ?? "";

            if (linking) return await LinkAsync(me!.Value, info, key, email, ct);

            var linked = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
            if (linked is not null) return await SignInAsync(http, linked, key, AuditActions.SsoSignedIn, target, ct);

            if (!EmailAddress.IsValid(email)) return await RefuseAsync(http, key, "", SsoRefusal.NoEmail);
            if (!provider.EmailVerifiedByDirectory && !IsTrue(info.Principal.FindFirstValue("email_verified")))
                return await RefuseAsync(http, key, email, SsoRefusal.Unverified);

            var normalised = EmailAddress.Normalise(email);
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalised, ct);
            if (user is not null)
            {
                if (!user.EmailConfirmed) return await RefuseAsync(http, key, email, SsoRefusal.LinkOnProfile);
                if (!(await users.AddLoginAsync(user, info)).Succeeded) return await RefuseAsync(http, key, email, SsoRefusal.LinkedElsewhere);
                audit.Record(new Actor(user.Id, user.IsAdmin), AuditActions.SsoLinked, user.Id, user.DisplayName, detail: key);
                return await SignInAsync(http, user, key, AuditActions.SsoSignedIn, target, ct);
            }

            var now = reader.UtcNow;
            var invitations = await db.Invitations.Where(i => i.NormalisedEmail == normalised && i.UsedAt == null)
                .OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Take(20).ToListAsync(ct);
            var invitation = invitations.FirstOrDefault(i => i.CheckUsable(now).Succeeded);
            var domain = email[(email.LastIndexOf('@') + 1)..];
            if (invitation is null && !provider.Domains.Contains(domain, StringComparer.OrdinalIgnoreCase))
                return await RefuseAsync(http, key, email, SsoRefusal.NoAccount);

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var name = info.Principal.FindFirstValue("name")?.Trim() is { Length: > 0 } n ? n : email[..email.IndexOf('@', StringComparison.Ordinal)];
            user = new ThriveUser
            {
                Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true,
                DisplayName = name.Length > ThriveUser.DisplayNameMax ? name[..ThriveUser.DisplayNameMax] : name, CreatedAt = now, LockoutEnabled = true,
            };
            if (!(await users.CreateAsync(user)).Succeeded || !(await users.AddLoginAsync(user, info)).Succeeded)
                return await RefuseAsync(http, key, email, SsoRefusal.LinkedElsewhere);
            if (invitation is not null)
            {
                invitation.Redeem(now);
                await AcceptInvitation.AddPlaceAsync(db, invitation, user.Id, now, ct);
            }
            audit.Record(new Actor(user.Id, false), AuditActions.SsoAccountCreated, user.Id, user.DisplayName,
                invitation?.ProgrammeId, key + (invitation is null ? ": allowed domain " + domain : ": invitation"));
            var to = await SignInAsync(http, user, key, AuditActions.SsoSignedIn, target, ct);
            await tx.CommitAsync(ct);
            return to;
        }

        private async Task<string> LinkAsync(Guid me, ExternalLoginInfo info, string key, string email, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(me.ToString());
            if (user is null) return SingleSignOn.ErrorUrl(SsoRefusal.State, key);
            var owner = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
            if (owner is not null && owner.Id != me) return SingleSignOn.ErrorUrl(SsoRefusal.LinkedElsewhere, key);
            if (owner is null)
            {
                if (!(await users.AddLoginAsync(user, info)).Succeeded) return SingleSignOn.ErrorUrl(SsoRefusal.LinkedElsewhere, key);
                audit.Record(new Actor(me, user.IsAdmin), AuditActions.SsoLinked, me, user.DisplayName, detail: key + (email.Length > 0 ? ": " + email : ""));
                await db.SaveChangesAsync(ct);
            }
            return "/Account/SignInMethods?linked=" + Uri.EscapeDataString(key);
        }

        private async Task<string> SignInAsync(HttpContext http, ThriveUser user, string key, string action, string target, CancellationToken ct)
        {
            if (await users.IsLockedOutAsync(user)) return await RefuseAsync(http, key, user.Email ?? "", SsoRefusal.Locked);
            audit.Record(new Actor(user.Id, user.IsAdmin), action, user.Id, user.DisplayName, detail: key);
            await db.SaveChangesAsync(ct);
            await signIn.SignInAsync(user, isPersistent: false, SingleSignOn.Scheme(key));
            return target;
        }

        private static async Task<string> RefuseAsync(HttpContext http, string key, string email, string reason)
        {
            await SingleSignOn.RecordRefusalAsync(http, key, email, reason);
            return SingleSignOn.ErrorUrl(reason, key.Length > 0 ? key : null);
        }

        private static bool IsTrue(string? claim) => string.Equals(claim, "true", StringComparison.OrdinalIgnoreCase);
    }
}
