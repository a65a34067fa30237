using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Thrive.Persistence;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

/// <summary>Download everything Thrive holds about you, or delete your account.</summary>
public sealed class DataModel(PersonalData.Handler handler, SignInManager<ThriveUser> signIn) : ThrivePageModel
{
    [BindProperty] public string? ConfirmEmail { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken ct)
    {
        var r = await handler.ExportAsync(Actor, ct);
        if (!r.Succeeded) return Failed(r.Errors, "");
        return File(r.Value!, "application/json", $"thrive-my-data-{DateTime.UtcNow:yyyy-MM-dd}.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? password, CancellationToken ct)
    {
        var r = await handler.DeleteAsync(Actor, ConfirmEmail, password, ct);
        if (!r.Succeeded) return Failed(r.Errors, "");
        await signIn.SignOutAsync();
        TempData["Flash"] = "Your account is deleted. Thank you for taking part in Thrive.";
        return Redirect("/Account/SignIn");
    }
}
