using Thrive.Web.Features.Groups;

namespace Thrive.Web.Pages.Groups;

/// <summary>A coordinator creates a group in a programme they run (?programme=), an admin a community group (?community=true).</summary>
public sealed class NewModel(GetGroupForm.Handler form, CreateGroup.Handler create) : ThrivePageModel<GetGroupForm.View>, IGroupFormPage
{
    /// <summary>The programme's id, or "community" (admins); the reader's first programme when left out.</summary>
    [BindProperty(SupportsGet = true, Name = "where")] public string? Where { get; set; }
    [BindProperty(SupportsGet = true, Name = "programme")] public Guid? Programme { get; set; }

    private bool Community => Where == "community";
    private Guid? Target => Guid.TryParse(Where, out var id) ? id : Programme;
    [BindProperty] public CreateGroup.Request Input { get; set; } = new();

    public bool Creating => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input = Input with { ProgrammeId = Community ? null : Target ?? (await form.HandleAsync(Actor, null, false, ct)).Value?.ProgrammeId };
        var r = await create.HandleAsync(Actor, Input, ct);
        return await AfterChangeAsync(r, "Group created. Members can join it now.", $"/Groups/{r.Value}", () => LoadAsync(ct), "Input");
    }

    private Task<IActionResult?> LoadAsync(CancellationToken ct) => ShowAsync(form.HandleAsync(Actor, Target, Community, ct));
}

/// <summary>What the group's fields need from the new and edit pages.</summary>
public interface IGroupFormPage
{
    CreateGroup.Request Input { get; }
    bool Creating { get; }
}
