using Thrive.Web.Features.Exams;

namespace Thrive.Web.Pages.Exam;

public sealed class EditModel(GetExamForm.Handler form, SaveExam.Handler save) : ThrivePageModel
{
    /// <summary>Rows the domain table offers: the exam's own, then blank ones up to this many.</summary>
    public const int DomainRows = 8;

    public GetExamForm.View? Form { get; private set; }
    public string? Problem { get; private set; }
    [BindProperty] public SaveExam.Request Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Guid? Template { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } gone) return gone;
        if (Form is not null) Input = Form.Input;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterChangeAsync(await save.HandleAsync(Actor, Input, ct), "Exam saved.", "/Exam", () => LoadAsync(ct), nameof(Input));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var r = await form.HandleAsync(Actor, Template, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return null; }
        Form = r.Value;
        return null;
    }
}
