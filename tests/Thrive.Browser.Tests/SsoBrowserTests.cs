using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>Single sign-on in Chromium: the button on the sign-in page, the provider's own page, and home.</summary>
public sealed class SsoBrowserTests(OidcTestProvider provider) : BrowserTest, IClassFixture<OidcTestProvider>
{
    protected override IReadOnlyDictionary<string, string>? Settings => provider.Settings(label: "Test provider");

    [Fact]
    public async Task A_person_signs_in_with_the_provider_and_lands_home()
    {
        var person = await Given.In(App).PersonAsync("Lindiwe Sso");
        provider.Add(new(person.Email));
        var page = await NewPageAsync();

        await page.GotoAsync("/Account/SignIn");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Test provider" }).ClickAsync();
        await page.GetByLabel("Provider e-mail").FillAsync(person.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in at the provider" }).ClickAsync();

        await page.WaitForURLAsync(BaseUrl + "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_unknown_address_ends_on_the_error_page_with_a_way_back()
    {
        provider.Add(new("nobody.known@elsewhere.example"));
        var page = await NewPageAsync();

        await page.GotoAsync("/Account/SignIn");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Test provider" }).ClickAsync();
        await page.GetByLabel("Provider e-mail").FillAsync("nobody.known@elsewhere.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in at the provider" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign-in did not work" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("no open invitation")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/Account/SignIn");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Sign_in_methods_and_the_admin_page_show_the_provider()
    {
        var admin = await Given.In(App).AdminAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, admin.Email);

        await page.GotoAsync("/Account/SignInMethods");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Link Test provider" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/Admin/SignIn");
        await Assertions.Expect(page.GetByText("Sign in with Test provider")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
    }
}
