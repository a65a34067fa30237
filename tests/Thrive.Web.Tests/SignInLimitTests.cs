using System.Net;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The sign-in rate limit counts attempts (form posts) per address, not page views.</summary>
public sealed class SignInLimitTests : WebTest
{
    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string token, string email, string password) =>
        client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
        }));

    [Fact]
    public async Task Loading_the_sign_in_and_reset_pages_does_not_count_and_posts_still_do()
    {
        using var strict = new ThriveApp(App.Database, settings: new Dictionary<string, string> { ["Thrive:Security:SignInAttemptsPerMinute"] = "6" });
        var person = await Given.In(strict).PersonAsync();
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
        var seventh = await SignInAsync(guest, token, person.Email, ThriveApp.Password);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, codes);
        Assert.Equal(HttpStatusCode.TooManyRequests, seventh.StatusCode);
    }

    [Fact]
    public async Task A_kick_off_of_30_people_behind_one_address_all_sign_in_at_the_default_limit()
    {
        var defaultLimit = new ThriveOptions().Security.SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var office = new ThriveApp(App.Database, settings: new Dictionary<string, string> { ["Thrive:Security:SignInAttemptsPerMinute"] = defaultLimit });
        var given = Given.In(office);
        var people = new List<string>();
        for (var i = 0; i < 5; i++) people.Add((await given.PersonAsync()).Email);

        var outcomes = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var browser = office.Anonymous(); // each person's own browser, one office address
            var token = ThriveApp.AntiforgeryToken(await browser.GetStringAsync("/Account/SignIn", Ct));
            await browser.GetAsync("/Account/SignIn", Ct); // and a reload, as people do
            var r = await SignInAsync(browser, token, people[i % people.Count], ThriveApp.Password);
            outcomes.Add($"{(int)r.StatusCode} {r.Headers.Location}");
        }

        Assert.All(outcomes, o => Assert.StartsWith("302 ", o, StringComparison.Ordinal));
    }
}
