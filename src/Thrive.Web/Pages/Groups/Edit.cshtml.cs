using Thrive.Web.Features.Groups;

namespace Thrive.Web.Pages.Groups;

public sealed class EditModel(GetGroupSettings.Handler get, EditGroup.Handler edit, PlanPart.Handler plan) : ThrivePageModel<GetGroup.View>, IGroupFormPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public CreateGroup.Request Input { get; set; } = new();
    [BindProperty] public PlanPart.Request Part { get; set; } = new();
    /// <summary>The part a plan form changes; none when adding one.</summary>
    [BindProperty] public Guid? PartId { get; set; }

    public bool Creating => false;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied) return denied;
        var g = View.Group;
        Input = new() { Kind = g.Kind, Name = g.Name, Purpose = g.Purpose, Capacity = g.Capacity, Join = g.Join, BookTitle = g.BookTitle, BookAuthor = g.BookAuthor, BookLink = g.BookLink };
        Part = new() { FromChapter = View.Parts.Count == 0 ? 1 : View.Parts.Max(p => p.ToChapter) + 1, DueOn = (View.Parts.Count == 0 ? View.Today : View.Parts.Max(p => p.DueOn)).AddDays(7) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AfterChangeAsync(await edit.HandleAsync(Actor, Id, Input, ct), "Group saved.", $"/Groups/{Id}", () => LoadAsync(ct), "Input");

    public async Task<IActionResult> OnPostPartAsync(CancellationToken ct)
    {
        var r = await plan.HandleAsync(Actor, Id, PartId, Part, ct);
        return await AfterChangeAsync(r, PartId is null ? "Part added to the reading plan." : "Part saved.", $"/Groups/{Id}/Edit#plan-title", async () =>
        {
            var gone = await LoadAsync(ct);
            if (gone is null) { var g = View.Group; Input = new() { Kind = g.Kind, Name = g.Name, Purpose = g.Purpose, Capacity = g.Capacity, Join = g.Join, BookTitle = g.BookTitle, BookAuthor = g.BookAuthor, BookLink = g.BookLink }; }
            return gone;
        }, "Part");
    }

    private Task<IActionResult?> LoadAsync(CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, Id, ct));
}
