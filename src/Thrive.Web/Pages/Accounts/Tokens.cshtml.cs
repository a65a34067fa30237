using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

/// <summary>The person's personal access tokens for the API: made (the secret shown once), listed, revoked.</summary>
public sealed class TokensModel(ListAccessTokens.Handler list, CreateAccessToken.Handler create, RevokeAccessToken.Handler revoke, ReaderClock reader) : ThrivePageModel
{
    private const string SecretKey = "AccessTokenSecret";

    [BindProperty] public CreateAccessToken.Request Input { get; set; } = new();

    public IReadOnlyList<ListAccessTokens.Row> Tokens { get; private set; } = [];

    /// <summary>The new token's secret, right after it was made (it cannot be shown again: only its hash is kept).</summary>
    public string? NewSecret { get; private set; }

    /// <summary>The expiry choices offered; the API of the use case takes any number of days up to a year.</summary>
    public static IReadOnlyList<(int Days, string Label)> Lifetimes { get; } = [(7, "7 days"), (30, "30 days"), (90, "90 days"), (180, "180 days"), (365, "1 year")];

    public string Stamp(DateTimeOffset instant) => reader.Stamp(instant);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        NewSecret = TempData[SecretKey] as string;
        Response.Headers.CacheControl = "no-store";
        Tokens = await list.HandleAsync(Actor, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var r = ModelState.IsValid ? await create.HandleAsync(Actor, Input, ct) : null;
        if (r is { Succeeded: true }) TempData[SecretKey] = r.Value!.Secret;
        if (r is not null)
            return await AfterChangeAsync(r, "Your token is ready. Copy it now: Thrive cannot show it again.", "/Account/Tokens", ReloadAsync(ct), nameof(Input));
        await ReloadAsync(ct)();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken ct) =>
        await AfterChangeAsync(await revoke.HandleAsync(Actor, tokenId, ct), "The token is revoked: it no longer works.", "/Account/Tokens", ReloadAsync(ct));

    private Func<Task<IActionResult?>> ReloadAsync(CancellationToken ct) => async () =>
    {
        Tokens = await list.HandleAsync(Actor, ct);
        return null;
    };
}
