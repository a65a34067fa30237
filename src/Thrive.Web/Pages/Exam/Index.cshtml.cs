using Thrive.Web.Features.Exams;

namespace Thrive.Web.Pages.Exam;

public sealed class IndexModel(GetExam.Handler read, ListExamTemplates.Handler templates, ProgrammePlaces places, LogPracticeTest.Handler logTest,
    LogStudyTime.Handler logStudy, RecordExamResult.Handler result, DeletePracticeTest.Handler deleteTest, CommentOnExam.Handler comment,
    RemoveStudyTime.Handler removeStudy) : ThrivePageModel
{
    public GetExam.View? View { get; private set; }
    public IReadOnlyList<ExamTemplate> Templates { get; private set; } = [];
    public string? Problem { get; private set; }
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    [BindProperty] public LogPracticeTest.Request Test { get; set; } = new();
    [BindProperty] public LogStudyTime.Request Study { get; set; } = new();
    [BindProperty] public RecordExamResult.Request Result { get; set; } = new();
    [BindProperty] public CommentOnExam.Request Comment { get; set; } = new();

    private string Here => Owner is { } o ? $"/Exam?owner={o}" : "/Exam";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostTestAsync(CancellationToken ct) =>
        await AfterAsync(ModelState.IsValid ? await logTest.HandleAsync(Actor, Test, ct) : Unbound<Guid>(), "Practice test logged.", nameof(Test), ct);

    public async Task<IActionResult> OnPostStudyAsync(CancellationToken ct) =>
        await AfterAsync(ModelState.IsValid ? await logStudy.HandleAsync(Actor, Study, ct) : Unbound<Guid>(), "Study time logged.", nameof(Study), ct);

    public async Task<IActionResult> OnPostResultAsync(CancellationToken ct) =>
        await AfterAsync(ModelState.IsValid ? await result.HandleAsync(Actor, Result, ct) : Unbound<Unit>(), "Exam result saved.", nameof(Result), ct);

    public async Task<IActionResult> OnPostDeleteTestAsync(Guid testId, CancellationToken ct) =>
        await AfterAsync(await deleteTest.HandleAsync(Actor, testId, ct), "Practice test removed.", "", ct);

    public async Task<IActionResult> OnPostRemoveStudyAsync(Guid studyId, CancellationToken ct) =>
        await AfterAsync(await removeStudy.HandleAsync(Actor, studyId, ct), "Study session removed.", "", ct);

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken ct) =>
        await AfterAsync(ModelState.IsValid ? await comment.HandleAsync(Actor, Comment with { Owner = Owner }, ct) : Unbound<Unit>(), "Comment posted.", nameof(Comment), ct);

    /// <summary>A form the binder could not read (a word in a number field): the binder's messages stand beside the fields.</summary>
    private static Result<T> Unbound<T>() => Result<T>.Fail(Error.Validation("", "Check the fields marked below."));

    private Task<IActionResult> AfterAsync<T>(Result<T> r, string done, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, Here, () => LoadAsync(ct), prefix);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var v = await read.HandleAsync(Actor, Owner, ct);
        if (Denied(v.Errors) is { } denied) return denied;
        if (!v.Succeeded) { Problem = v.Errors[0].Message; return null; }
        View = v.Value;
        if (View!.Exam is null && View.IsOwner && await places.FindAsync(View.OwnerId, null, ct) is { } place)
            Templates = (await templates.HandleAsync(Actor, place.ProgrammeId, ct)).Value?.Templates ?? [];
        return null;
    }
}
