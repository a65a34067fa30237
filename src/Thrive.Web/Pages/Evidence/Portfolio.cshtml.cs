using Thrive.Web.Features.Evidence;

namespace Thrive.Web.Pages.Evidence;

public sealed class PortfolioModel(GetPortfolio.Handler portfolio, SharePortfolio.Handler share, RevokePortfolio.Handler revoke) : ThrivePageModel
{
    public GetPortfolio.View? View { get; private set; }
    public string? Problem { get; private set; }
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    /// <summary>The new secret link, shown once right after it is made (only its hash is kept).</summary>
    public string? NewLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostShareAsync(CancellationToken ct)
    {
        var made = await share.HandleAsync(Actor, ct);
        if (!made.Succeeded) return await AfterChangeAsync(made, "", "/Evidence/Portfolio", () => LoadAsync(ct));
        NewLink = made.Value;
        // Shown on this response only, never put in a redirect or a cookie.
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct) =>
        await AfterChangeAsync(await revoke.HandleAsync(Actor, ct), "The link is revoked: it shows nothing any more.", "/Evidence/Portfolio", () => LoadAsync(ct));

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var r = await portfolio.HandleAsync(Actor, Owner, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return null; }
        View = r.Value;
        return null;
    }
}
