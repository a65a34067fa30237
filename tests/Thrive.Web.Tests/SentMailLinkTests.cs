using System.Net;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The sent-mail page exists in Development only, and so does its link: outside it, an admin is shown no link that answers 404.</summary>
public sealed class SentMailLinkTests : WebTest
{
    [Fact]
    public async Task Outside_development_the_admin_sees_no_sent_mail_link_and_the_page_is_not_there()
    {
        using var production = new ThriveApp(App.Database, settings: new Dictionary<string, string> { ["environment"] = "Production" });
        var admin = await (await Given.In(production).AdminAsync()).SignInAsync();

        var home = await admin.GetStringAsync("/", Ct);

        Assert.Contains("href=\"/Admin/Users\"", home, StringComparison.Ordinal); // the admin's other links are there
        Assert.DoesNotContain("href=\"/Admin/Mail\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Mail", Ct)).StatusCode);
    }

    [Fact]
    public async Task In_development_the_admin_has_the_link_and_the_page()
    {
        var admin = await (await Given.In(App).AdminAsync()).SignInAsync();

        Assert.Contains("href=\"/Admin/Mail\"", await admin.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Mail", Ct)).StatusCode);
    }
}
