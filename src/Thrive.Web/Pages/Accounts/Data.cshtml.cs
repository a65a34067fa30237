using Microsoft.AspNetCore.Identity;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

/// <summary>Download everything Thrive holds about you, or delete your account.</summary>
public sealed class DataModel(PersonalData.Handler handler, SignInManager<ThriveUser> signIn, ReaderClock reader) : ThrivePageModel
{
    /// <summary>Deleting asks for the account's address and password, so that a left-open session cannot do it by one click.</summary>
    [BindProperty] public string? ConfirmEmail { get; set; }
    [BindProperty] public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken ct)
    {
        var r = await handler.ExportAsync(Actor, ct);
        if (!r.Succeeded) return Failed(r.Errors, "");
        return File(r.Value!, "application/json", $"thrive-my-data-{reader.Today:yyyy-MM-dd}.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var r = await handler.DeleteAsync(Actor, ConfirmEmail, Password, ct);
        if (!r.Succeeded) return Failed(r.Errors, "");
        await signIn.SignOutAsync();
        Flash("Your account is deleted. Thank you for taking part in Thrive.");
        return Redirect("/Account/SignIn");
    }
}
