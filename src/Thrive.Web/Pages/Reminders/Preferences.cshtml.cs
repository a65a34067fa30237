using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Reminders;
using Thrive.Web.Features.Reminders;

namespace Thrive.Web.Pages.Reminders;

public sealed class PreferencesModel(ReminderPreferences.Handler handler) : ThrivePageModel
{
    public IReadOnlyList<ReminderPreferences.Choice> Choices { get; private set; } = [];

    /// <summary>The kinds ticked on the form; an unticked box posts nothing, which means off.</summary>
    [BindProperty] public List<ReminderKind> On { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Choices = await handler.GetAsync(Actor.UserId, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Choose from the reminders listed.");
            Choices = await handler.GetAsync(Actor.UserId, ct);
            return Page();
        }
        var r = await handler.SaveAsync(Actor, On.Where(Enum.IsDefined).ToHashSet(), ct);
        return await AfterChangeAsync(r, "Your reminder choices are saved.", "/Account/Notifications", async () =>
        {
            Choices = await handler.GetAsync(Actor.UserId, ct);
            return null;
        });
    }
}
