using Thrive.Web.Features.Surveys;

namespace Thrive.Web.Pages.Surveys;

/// <summary>A programme's own pulse and end-survey questions: add, edit while unanswered, move, retire.</summary>
public sealed class QuestionsModel(ListSurveyQuestions.Handler list, AddSurveyQuestion.Handler add, EditSurveyQuestion.Handler edit, MoveSurveyQuestion.Handler move,
    RetireSurveyQuestion.Handler retire) : ThrivePageModel<ListSurveyQuestions.View>
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public AddSurveyQuestion.Request Input { get; set; } = new() { Required = true };
    [BindProperty] public EditSurveyQuestion.Request Edit { get; set; } = new();

    /// <summary>The question whose edit was refused: its row shows the posted values and the reasons.</summary>
    public Guid? Editing { get; private set; }

    private string Here => $"/Programmes/{Id}/Surveys/Questions";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AfterChangeAsync(await add.HandleAsync(Actor, Id, Input, ct), "Question added: it is asked from now on.", Here, () => LoadAsync(ct), nameof(Input));

    public async Task<IActionResult> OnPostEditAsync(Guid questionId, CancellationToken ct)
    {
        Editing = questionId;
        return await AfterChangeAsync(await edit.HandleAsync(Actor, Id, questionId, Edit, ct), "Question saved.", Here, () => LoadAsync(ct), nameof(Edit));
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid questionId, int position, CancellationToken ct) =>
        await AfterChangeAsync(await move.HandleAsync(Actor, Id, questionId, new MoveSurveyQuestion.Request { Position = position }, ct), "Question moved.", Here,
            () => LoadAsync(ct), "Move");

    public async Task<IActionResult> OnPostRetireAsync(Guid questionId, CancellationToken ct) =>
        await AfterChangeAsync(await retire.HandleAsync(Actor, Id, questionId, ct), "Question retired: it is no longer asked, and its answers stay in the results.", Here,
            () => LoadAsync(ct));

    private Task<IActionResult?> LoadAsync(CancellationToken ct) => ShowAsync(list.HandleAsync(Actor, Id, ct));
}
