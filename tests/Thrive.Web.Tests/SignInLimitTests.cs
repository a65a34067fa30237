using System.Net;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The sign-in rate limit counts attempts (form posts) per address, not page views.</summary>
public sealed class SignInLimitTests : WebTest
{
    protected override bool SeedDemo => false;

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string token, string email, string password) =>
        client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
        }));

    [Fact]
    public async Task Loading_the_sign_in_and_reset_pages_does_not_count_and_posts_still_do()
    {
        using var strict = new ThriveApp(App.Database, seed: true, settings: new Dictionary<string, string> { ["Thrive:Security:SignInAttemptsPerMinute"] = "6" });
        var guest = strict.Anonymous();
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync("/Account/SignIn", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync("/Account/ForgotPassword", Ct)).StatusCode);
        }
        var token = ThriveApp.AntiforgeryToken(await guest.GetStringAsync("/Account/SignIn", Ct));

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) codes.Add((await SignInAsync(strict.Anonymous(), token, $"guess{i}@example.com", "guess-" + i)).StatusCode);
        // Each anonymous client above had its own cookie jar but the same address: the seventh attempt is refused.
        var seventh = await SignInAsync(guest, token, "mentee@thrive.test", ThriveApp.Password);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, codes);
        Assert.Equal(HttpStatusCode.TooManyRequests, seventh.StatusCode);
    }

    [Fact]
    public async Task A_kick_off_of_30_people_behind_one_address_all_sign_in_at_the_default_limit()
    {
        var defaultLimit = new ThriveOptions().Security.SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var office = new ThriveApp(App.Database, seed: true, settings: new Dictionary<string, string> { ["Thrive:Security:SignInAttemptsPerMinute"] = defaultLimit });
        var people = new[] { "mentee@thrive.test", "mentor@thrive.test", "coordinator@thrive.test", "aws.mentee@thrive.test", "admin@thrive.test" };

        var outcomes = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var browser = office.Anonymous(); // each person's own browser, one office address
            var token = ThriveApp.AntiforgeryToken(await browser.GetStringAsync("/Account/SignIn", Ct));
            await browser.GetAsync("/Account/SignIn", Ct); // and a reload, as people do
            var r = await SignInAsync(browser, token, people[i % people.Length], ThriveApp.Password);
            outcomes.Add($"{(int)r.StatusCode} {r.Headers.Location}");
        }

        Assert.All(outcomes, o => Assert.StartsWith("302 ", o, StringComparison.Ordinal));
    }
}
