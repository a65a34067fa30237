using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

public sealed class InviteModel(GetInvitationForm.Handler form, Invite.Handler invite) : ThrivePageModel
{
    [BindProperty] public Invite.Request Input { get; set; } = new();
    public GetInvitationForm.View Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return Page();
        var r = await invite.HandleAsync(Actor, id, Input, ct);
        if (!r.Succeeded) return Failed(r.Errors, nameof(Input));
        Flash(r.Value!.ExistingAccount
            ? $"{r.Value.Email} already has an account: they now have a place in this programme and we've emailed them."
            : $"Invitation sent to {r.Value.Email}. The link works once and expires in 7 days.");
        return Redirect($"/Programmes/{id}/Invite");
    }

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) =>
        ReadAsync(form.HandleAsync(Actor, id, ct), v => Form = v);
}
