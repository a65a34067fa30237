using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Features.Admin;

/// <summary>The single sign-on providers configured for this installation, for its admins; never their secrets.</summary>
public static class ListSignInProviders
{
    public sealed record Provider(string Key, string Label, string Authority, string ClientId, bool SecretSet, string Scopes,
        IReadOnlyList<string> AllowedDomains, bool EmailVerifiedByDirectory, string CallbackUrl);

    public sealed record View(bool PasswordSignIn, bool PasswordSignInSetting, IReadOnlyList<Provider> Providers);

    public sealed class Handler(Access access, IOptions<ThriveOptions> options)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Installation.Administer, Guid.Empty, ct)).Denied is { } denied) return denied;
            var thrive = options.Value;
            var providers = thrive.Sso.Providers.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
                .Select(p => new Provider(p.Key, SingleSignOn.Label(p.Key, p.Value), p.Value.Authority, p.Value.ClientId,
                    !string.IsNullOrEmpty(p.Value.ClientSecret), p.Value.Scopes, p.Value.Domains, p.Value.EmailVerifiedByDirectory,
                    new Uri(thrive.PublicBaseUrl, SingleSignOn.CallbackPath(p.Key)).AbsoluteUri))
                .ToList();
            return new View(thrive.Sso.PasswordSignInAllowed, thrive.Sso.PasswordSignIn, providers);
        }
    }
}
