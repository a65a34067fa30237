using System.Net;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Features.Demo;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task Two_instances_starting_at_once_migrate_and_seed_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var first = new ThriveApp(database, seed: true);
        await using var second = new ThriveApp(database, seed: true);
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        foreach (var app in new[] { first, second })
            Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
        // The demo's two programmes (the running spring cohort and the winter cohort in intake), each once.
        string[] demoProgrammes = ["Project Thrive · Spring cohort", "Project Thrive · Winter cohort"];
        var names = await first.WithDbAsync(db => db.Programmes.Select(p => p.Name).ToListAsync());
        Assert.Equal(demoProgrammes, names.Order(StringComparer.Ordinal));
        var demo = DemoSeeder.Accounts[0];
        Assert.Equal(1, await first.WithDbAsync(db => db.Users.CountAsync(u => u.Email == demo.Email)));

        // A cookie issued by one instance is accepted by the other: data-protection keys live in the database.
        var cookie = await SignInCookieAsync(first, demo.Email);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        var other = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var home = await other.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains($"Welcome, {demo.Name}", await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>Signs in without a cookie container and returns the auth cookie as a Cookie header value.</summary>
    private static async Task<string> SignInCookieAsync(ThriveApp app, string email)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/Account/SignIn", TestContext.Current.CancellationToken);
        var antiforgery = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = ThriveApp.AntiforgeryToken(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = ThriveApp.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var response = await client.SendAsync(post, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("thrive.auth", StringComparison.Ordinal)));
    }
}
