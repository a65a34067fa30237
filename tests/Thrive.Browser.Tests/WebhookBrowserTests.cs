using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Webhooks;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// A coordinator's programme webhook in Chromium, against the real local receiver (<see cref="WebhookReceiver"/>, on a
/// loopback port, so this app allows private networks): added on the programme's page, its secret copied from the
/// page into the receiver, an event delivered, then redelivered from the log while the receiver is down.
/// </summary>
public sealed class WebhookBrowserTests : BrowserTest
{
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string> { ["Thrive:Webhooks:AllowPrivateNetworks"] = "true" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task PassAsync()
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<WebhookPass>().RunAsync(App.Clock.GetUtcNow(), Ct);
    }

    [Fact]
    public async Task A_coordinator_adds_a_programme_webhook_sees_the_receivers_answer_and_redelivers_from_the_log()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, programme.Coordinator.Email);

        await page.GotoAsync($"/Programmes/{programme.Id}/Webhooks");
        await page.GetByLabel("URL").FillAsync(receiver.Url("dashboard"));
        await page.GetByLabel("Description").FillAsync("Our dashboard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add webhook" }).ClickAsync();
        var secret = await page.GetByRole(AriaRole.Textbox, new() { Name = "Signing secret", Exact = true }).InputValueAsync();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        receiver.Expect("dashboard", secret);

        // A pair confirmed: the event goes out signed, and the log shows the receiver's answer.
        var (mentor, mentee) = (await given.MentorAsync(programme), await given.MenteeAsync(programme));
        using (var scope = App.Services.CreateScope())
        {
            var made = await scope.ServiceProvider.GetRequiredService<ProposePair.Handler>()
                .HandleAsync(new(programme.Coordinator.Id, false), programme.Id, new() { MentorId = mentor.Id, MenteeId = mentee.Id, Activate = true }, Ct);
            Assert.True(made.Succeeded);
        }
        await PassAsync();
        Assert.All(receiver.All, r => Assert.True(r.Verified, r.Error));
        await page.GetByRole(AriaRole.Link, new() { Name = receiver.Url("dashboard") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our dashboard" })).ToBeVisibleAsync();
        var confirmed = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "pair.confirmed" });
        await Assertions.Expect(confirmed.GetByText("Delivered", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(confirmed.GetByText("thanks from the receiver").First).ToBeVisibleAsync();

        // The receiver is down now: a redelivery by hand is tried again, with the same webhook-id, and its answer shows.
        receiver.StatusFor = _ => 503;
        var firstId = receiver.All.Single(r => r.Body.Contains("pair.confirmed", StringComparison.Ordinal)).Id;
        await confirmed.GetByRole(AriaRole.Button, new() { Name = "Redeliver" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Waiting").First).ToBeVisibleAsync();
        await PassAsync();
        await page.ReloadAsync();
        confirmed = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "pair.confirmed" });
        await Assertions.Expect(confirmed.GetByText("503", new() { Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(confirmed.GetByText("the receiver is down").First).ToBeVisibleAsync();
        Assert.Equal(2, receiver.All.Count(r => r.Id == firstId));
    }
}
