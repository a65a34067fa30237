using Microsoft.AspNetCore.Mvc.RazorPages;
using Thrive.Web.Features.Reminders;

namespace Thrive.Web.Pages.Reminders;

/// <summary>
/// One-click unsubscribe from a reminder mail. GET asks to confirm; POST turns the kind off. No sign-in, and no
/// antiforgery token on this page only: mail clients post here themselves (RFC 8058), and the signed token is the proof.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken(Order = 1001)] // after the app-wide AutoValidateAntiforgeryToken (order 1000), so that it wins here
public sealed class UnsubscribeModel(UnsubscribeLinks links, TurnOffReminder.Handler turnOff) : ThrivePageModel
{
    [BindProperty(SupportsGet = true, Name = "t")] public string? Token { get; set; }

    public string Description { get; private set; } = "";
    public bool Valid { get; private set; }
    public bool Done { get; private set; }

    public IActionResult OnGet() => Show(links.Read(Token));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var target = links.Read(Token);
        if (target is { } t)
        {
            await turnOff.HandleAsync(t.UserId, t.Kind, ct);
            Done = true;
        }
        return Show(target);
    }

    private PageResult Show((Guid UserId, ReminderKind Kind)? target)
    {
        Valid = target is not null;
        if (target is { } t) Description = ReminderMail.Describe(t.Kind);
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
