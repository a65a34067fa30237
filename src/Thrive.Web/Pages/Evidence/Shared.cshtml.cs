using Microsoft.AspNetCore.Mvc.RazorPages;
using Thrive.Web.Features.Evidence;

namespace Thrive.Web.Pages.Evidence;

/// <summary>The portfolio by its secret link: no sign-in, read-only, not indexed; an unknown or revoked link is a plain 404.</summary>
[AllowAnonymous]
public sealed class SharedModel(ReadSharedPortfolio.Handler read) : PageModel
{
    public Portfolio Portfolio { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        // The secret is in the address: never send it on to the sites the portfolio links to.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (await read.HandleAsync(key, ct) is not { } portfolio) return NotFound();
        Portfolio = portfolio;
        return Page();
    }
}
