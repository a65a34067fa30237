using Thrive.Web.Permissions;
using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

public sealed class InviteModel(Invite.Handler invite, Access access) : ThrivePageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public Guid Id { get; private set; }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public ParticipantRole Role { get; set; } = ParticipantRole.Mentee;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        return Denied(await access.CheckManageAsync(Actor, id, ct)) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        if (!ModelState.IsValid) return Page();
        var r = await invite.HandleAsync(Actor, new Invite.Request(Input.Email ?? "", id, Input.Role), ct);
        if (!r.Succeeded) return Failed(r.Errors);
        Flash(r.Value!.ExistingAccount
            ? $"{r.Value.Email} already has an account: they now have a place in this programme and we've emailed them."
            : $"Invitation sent to {r.Value.Email}. The link works once and expires in 7 days.");
        return Redirect($"/Programmes/{id}/Invite");
    }
}
