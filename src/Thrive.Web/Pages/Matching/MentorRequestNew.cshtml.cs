using Thrive.Web.Features.Matching;

namespace Thrive.Web.Pages.Matching;

/// <summary>A mentee requests a mentor from the directory, with an optional short note; it goes to the end of their ranking.</summary>
public sealed class MentorRequestNewModel(ListMentorRequests.Handler list, RequestMentor.Handler request) : ThrivePageModel<ListMentorRequests.OwnView>
{
    [BindProperty] public RequestMentor.Request Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "mentor")] Guid? mentor, CancellationToken ct)
    {
        Input = new RequestMentor.Request { MentorId = mentor ?? Guid.Empty };
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var r = await request.HandleAsync(Actor, id, Input, ct);
        if (r.Succeeded)
        {
            Flash("Request sent. Your first choice hears from Thrive now; the others wait their turn.");
            return Redirect($"/Programmes/{id}/MentorRequests");
        }
        return Denied(r.Errors) ?? await LoadAsync(id, ct) ?? Failed(r.Errors, nameof(Input));
    }

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(list.OwnAsync(Actor, id, ct, Input.MentorId));
}
