using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

/// <summary>Where every failed single sign-on ends: one sentence saying what happened and what to do.</summary>
[AllowAnonymous]
public sealed class SsoErrorModel(IOptions<ThriveOptions> options) : ThrivePageModel
{
    public string Sentence { get; private set; } = "";
    public string? ProviderLabel { get; private set; }
    public bool PasswordSignIn => options.Value.Sso.PasswordSignInAllowed;

    public void OnGet(string? reason, string? provider)
    {
        Sentence = SsoRefusal.Sentence(reason);
        if (provider is not null && options.Value.Sso.Providers.TryGetValue(provider, out var p)) ProviderLabel = SingleSignOn.Label(provider, p);
        Response.Headers.CacheControl = "no-store";
    }
}
