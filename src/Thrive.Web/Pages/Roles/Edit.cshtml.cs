using Thrive.Web.Features.Roles;

namespace Thrive.Web.Pages.Roles;

public sealed class EditModel(GetConversationForm.Handler form, EditConversation.Handler edit) : ThrivePageModel, IConversationFormPage
{
    [BindProperty] public LogConversation.Request Input { get; set; } = new();
    public DateOnly Today { get; private set; }
    public IReadOnlyList<RoleRow> RoleChoices { get; private set; } = [];
    public IReadOnlyList<BankQuestion> Bank { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(id, ct, keepInput: true) ?? Page();
        return await AfterChangeAsync(await edit.HandleAsync(Actor, id, Input, ct), "Conversation saved.", "/Roles", () => LoadAsync(id, ct, keepInput: true), nameof(Input));
    }

    /// <summary>The form with the conversation as logged (or as the person typed it), if they may still edit it.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct, bool keepInput = false)
    {
        var r = await form.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        var v = r.Value!;
        (Today, RoleChoices, Bank) = (v.Today, v.Roles.Where(x => !x.Hidden).ToList(), v.Bank);
        if (!keepInput) Input = v.Form;
        return null;
    }
}
