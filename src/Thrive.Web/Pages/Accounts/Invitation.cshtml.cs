using Microsoft.AspNetCore.Identity;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

[AllowAnonymous]
public sealed class InvitationModel(PreviewInvitation.Handler preview, AcceptInvitation.Handler accept, SignInManager<ThriveUser> signIn) : ThrivePageModel
{
    /// <summary>The token from the invitation link; the form carries it back.</summary>
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public AcceptInvitation.Request Input { get; set; } = new();
    public PreviewInvitation.Preview? Preview { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Page();
        if (!ModelState.IsValid) return Page();
        var result = await accept.HandleAsync(Token, Input, ct);
        if (!result.Succeeded) return Failed(result.Errors, nameof(Input));
        await signIn.SignInAsync(result.Value!, isPersistent: false);
        Flash("Welcome to Thrive! Your account is ready.");
        return Redirect("/");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var r = await preview.HandleAsync(Token, ct);
        if (r.Succeeded) { Preview = r.Value; return true; }
        Problem = r.Errors[0].Kind == ErrorKind.NotFound
            ? "This invitation link is not valid. Check that you copied the whole link from the email."
            : r.Errors[0].Message;
        return false;
    }
}
