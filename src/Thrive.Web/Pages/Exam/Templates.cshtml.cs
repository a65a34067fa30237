using Thrive.Web.Features.Exams;

namespace Thrive.Web.Pages.Exam;

public sealed class TemplatesModel(ListExamTemplates.Handler list, AddExamTemplate.Handler add, RemoveExamTemplate.Handler remove) : ThrivePageModel<ListExamTemplates.View>
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public AddExamTemplate.Request Input { get; set; } = new() { ScaleMin = 100, ScaleMax = 1000, PassingScore = 700 };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(list.HandleAsync(Actor, Id, ct)) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(list.HandleAsync(Actor, Id, ct)) ?? Page();
        return await AfterChangeAsync(await add.HandleAsync(Actor, Input with { ProgrammeId = Id }, ct), "Certification template added.",
            $"/Programmes/{Id}/ExamTemplates", () => ShowAsync(list.HandleAsync(Actor, Id, ct)), nameof(Input));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid templateId, CancellationToken ct) =>
        await AfterChangeAsync(await remove.HandleAsync(Actor, Id, templateId, ct), "Certification template removed.", $"/Programmes/{Id}/ExamTemplates",
            () => ShowAsync(list.HandleAsync(Actor, Id, ct)));
}
