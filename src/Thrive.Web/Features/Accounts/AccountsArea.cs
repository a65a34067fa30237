using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>Accounts: invitations accepted, sign-in, password reset, profile, first run, personal data.</summary>
public sealed class AccountsArea : IArea
{
    public string? ApiDescription => "The signed-in person and everything Thrive holds about them.";

    public void AddServices(IServiceCollection services) => services.AddSingleSignOn();

    /// <summary>Single sign-on: the start (a link on the sign-in page and on Sign-in methods) and the end of the flow.</summary>
    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapGet("/Account/SsoStart", StartSingleSignOnAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/Account/SsoCallback", async (HttpContext c, string? returnUrl, SignInWithProvider.Handler h, CancellationToken ct) =>
            Results.Redirect(await h.HandleAsync(c, returnUrl, ct))).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>
    /// Sends the browser to the provider (code flow with PKCE), or to the error page at once when the provider's
    /// discovery document cannot be read (the provider is down or misconfigured). With link=true a signed-in person
    /// links the provider to their account.
    /// </summary>
    private static async Task<IResult> StartSingleSignOnAsync(HttpContext c, string? provider, string? returnUrl, bool? link,
        IOptions<ThriveOptions> thrive, IOptionsMonitor<OpenIdConnectOptions> schemes, SignInManager<ThriveUser> signIn, CancellationToken ct)
    {
        if (provider is null || !thrive.Value.Sso.Providers.ContainsKey(provider)) return Results.Redirect(SingleSignOn.ErrorUrl(SsoRefusal.UnknownProvider));
        var linking = link == true;
        if (linking && c.User.Identity?.IsAuthenticated != true) return Results.Challenge();
        var scheme = SingleSignOn.Scheme(provider);
        try
        {
            await schemes.Get(scheme).ConfigurationManager!.GetConfigurationAsync(ct);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or TaskCanceledException)
        {
            await SingleSignOn.RecordRefusalAsync(c, provider, "", SsoRefusal.Unavailable);
            return Results.Redirect(SingleSignOn.ErrorUrl(SsoRefusal.Unavailable, provider));
        }
        var back = "/Account/SsoCallback" + (returnUrl is { Length: > 0 } ? "?returnUrl=" + Uri.EscapeDataString(returnUrl) : "");
        var properties = signIn.ConfigureExternalAuthenticationProperties(scheme, back, linking ? c.User.Actor().UserId.ToString() : null);
        if (linking) properties.Items[SingleSignOn.LinkItem] = "1";
        return Results.Challenge(properties, [scheme]);
    }

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/me", async (HttpContext c, GetMe.Handler h, CancellationToken ct) => Ok(await h.HandleAsync(c.User.Actor(), ct)))
            .WithName("GetMe").WithSummary("The signed-in person.");

        api.MapGet("/me/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (HttpContext c, PersonalData.Handler data, CancellationToken ct) =>
        {
            var r = await data.ExportAsync(c.User.Actor(), ct);
            return r.Succeeded ? TypedResults.File(r.Value!, "application/json", "thrive-my-data.json") : r.Errors.ToProblem();
        })
            .Produces<Stream>(StatusCodes.Status200OK, "application/json")
            .WithName("ExportMyData").WithSummary("Everything Thrive holds about the signed-in person, as a JSON file (the same file as the download on /Account/Data).");
    }
}
