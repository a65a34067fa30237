using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Thrive.Web.Features.Demo;

namespace Thrive.Web.Pages.Accounts;

[AllowAnonymous]
[EnableRateLimiting(ServiceSetup.SignInRateLimit)]
public sealed class SignInModel(SignInManager<ThriveUser> signIn, ThriveDbContext db, IOptions<ThriveOptions> options) : ThrivePageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool ShowDemoAccounts { get; private set; }
    public bool PasswordSignIn => options.Value.Sso.PasswordSignInAllowed;

    /// <summary>The single sign-on buttons, in the order of their labels.</summary>
    public IReadOnlyList<(string Key, string Label)> Providers => Features.Accounts.SingleSignOn.Buttons(options.Value.Sso);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter a valid email address."), StringLength(254)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password."), DataType(DataType.Password), StringLength(200)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => ShowDemoAccounts = await DemoPresentAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ShowDemoAccounts = await DemoPresentAsync(ct);
        if (!PasswordSignIn)
        {
            ModelState.AddModelError("", "Password sign-in is turned off on this installation: sign in with your organisation's account.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError("", result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes. You can reset your password by email."
            : "That email and password do not match an account.");
        return Page();
    }

    private Task<bool> DemoPresentAsync(CancellationToken ct) =>
        db.Users.AnyAsync(u => u.NormalizedEmail == "COORDINATOR@THRIVE.TEST", ct);

    public static IReadOnlyList<DemoSeeder.DemoAccount> DemoAccounts => DemoSeeder.Accounts;
}
