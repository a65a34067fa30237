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

        await SignInWithProviderAsync(page, person.Email);

        await page.WaitForURLAsync(BaseUrl + "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signing_out_signs_out_at_the_provider_too_and_comes_back_to_the_sign_in_page()
    {
        var person = await Given.In(App).PersonAsync("Sipho Sso");
        provider.Add(new(person.Email));
        var page = await NewPageAsync();
        await SignInWithProviderAsync(page, person.Email);
        await page.WaitForURLAsync(BaseUrl + "/");
        var before = provider.SignedOut.Count;

        // The form's answer goes on to the provider (the page's form-action allows it) and back.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/Account/SignIn");
        Assert.Equal(before + 1, provider.SignedOut.Count);
        await page.GotoAsync("/Account/Profile");
        Assert.Contains("/Account/SignIn", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_ends_on_the_error_page_with_a_way_back()
    {
        provider.Add(new("nobody.known@elsewhere.example"));
        var page = await NewPageAsync();

        await SignInWithProviderAsync(page, "nobody.known@elsewhere.example");

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

    /// <summary>The provider's button on Thrive's sign-in page, then the provider's own page.</summary>
    private static async Task SignInWithProviderAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Test provider" }).ClickAsync();
        await page.GetByLabel("Provider e-mail").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in at the provider" }).ClickAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
    }
}
