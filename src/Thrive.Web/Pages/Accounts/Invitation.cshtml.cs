using Thrive.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Thrive.Persistence;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

[AllowAnonymous]
public sealed class InvitationModel(AcceptInvitation.Handler handler, SignInManager<ThriveUser> signIn) : ThrivePageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public AcceptInvitation.Preview? Preview { get; private set; }
    public string? Problem { get; private set; }

    public sealed class InputModel
    {
        public string DisplayName { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
        public string TimeZone { get; set; } = "Africa/Johannesburg";
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Page();
        if (Input.Password != Input.ConfirmPassword) ModelState.AddModelError("Input.ConfirmPassword", "The two passwords are not the same.");
        if (!ModelState.IsValid) return Page();
        var result = await handler.HandleAsync(new AcceptInvitation.Request(Token!, Input.DisplayName ?? "", Input.Password ?? "", Input.TimeZone ?? ""), ct);
        if (!result.Succeeded) return Failed(result.Errors);
        await signIn.SignInAsync(result.Value!, isPersistent: false);
        Flash("Welcome to Thrive! Your account is ready.");
        return Redirect("/");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var preview = await handler.PreviewAsync(Token, ct);
        if (preview.Succeeded) { Preview = preview.Value; return true; }
        Problem = preview.Errors[0].Kind == ErrorKind.NotFound
            ? "This invitation link is not valid. Check that you copied the whole link from the email."
            : preview.Errors[0].Message;
        return false;
    }
}
