using System.Net;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class FirstRunTests : WebTest
{
    protected override bool SeedDemo => false;

    [Fact]
    public async Task Empty_installation_asks_for_the_admin_account_once()
    {
        var guest = App.Anonymous();
        var home = await guest.GetAsync("/", Ct);
        Assert.Equal("/Setup", home.Headers.Location!.OriginalString);

        var bad = await ThriveApp.PostFormAsync(guest, "/Setup", new() { ["Input.DisplayName"] = "Ada", ["Input.Email"] = "nope", ["Input.Password"] = "x", ["Input.TimeZone"] = "UTC" });
        Assert.Contains("valid email address", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var ok = await ThriveApp.PostFormAsync(guest, "/Setup", new() { ["Input.DisplayName"] = "Ada", ["Input.Email"] = "ada@example.com", ["Input.Password"] = "Strong-pass-42", ["Input.TimeZone"] = "Europe/Amsterdam" });
        Assert.Equal("/Admin/Programmes/New", ok.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync("/Admin/Programmes/New", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync("/Setup", Ct)).StatusCode);
        var signIn = await App.Anonymous().GetStringAsync("/Account/SignIn", Ct);
        Assert.DoesNotContain("Demo accounts", signIn, StringComparison.Ordinal);
    }
}
