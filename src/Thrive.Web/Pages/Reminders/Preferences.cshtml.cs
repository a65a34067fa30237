using Thrive.Web.Features.Reminders;

namespace Thrive.Web.Pages.Reminders;

public sealed class PreferencesModel(ListReminderChoices.Handler list, SaveReminderChoices.Handler save) : ThrivePageModel
{
    public IReadOnlyList<ListReminderChoices.Choice> Choices { get; private set; } = [];

    [BindProperty] public SaveReminderChoices.Request Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Choices = await list.HandleAsync(Actor, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // A kind that is none of ours does not bind: one message above the form, and nothing changes.
            ModelState.Clear();
            ModelState.AddModelError("", "Choose from the reminders listed.");
            Choices = await list.HandleAsync(Actor, ct);
            return Page();
        }
        return await AfterChangeAsync(await save.HandleAsync(Actor, Input, ct), "Your reminder choices are saved.", "/Account/Notifications", async () =>
        {
            Choices = await list.HandleAsync(Actor, ct);
            return null;
        }, nameof(Input));
    }
}
