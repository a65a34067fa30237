using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Web.Features.Intake;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages.Intake;

public sealed class ApplyModel(SubmitApplication.Handler handler) : ThrivePageModel
{
    [BindProperty] public ApplicationForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public SubmitApplication.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = ApplicationForm.From(Form.Answers, User.TimeZone());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return Page();
        var r = await handler.HandleAsync(Actor, id, Input.ToAnswers(), ct);
        if (!r.Succeeded) return Failed(r.Errors);
        Flash("Thank you! Your application is with the coordinator. You can revise it until they review it.");
        return Redirect("/");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var r = await handler.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        Form = r.Value!;
        return null;
    }
}

public sealed class ApplicationForm
{
    public int YearsInField { get; set; }
    public string? TechStack { get; set; }
    public bool FocusTechnical { get; set; }
    public bool FocusCareer { get; set; }
    public bool FocusPersonal { get; set; }
    public string? Availability { get; set; }
    public string? Location { get; set; }
    public string TimeZone { get; set; } = "Africa/Johannesburg";
    public string? Interests { get; set; }
    public string? Motivation { get; set; }
    public int Capacity { get; set; } = 1;
    public string? ManagesTeam { get; set; }
    public string? Team { get; set; }
    public string? ManagerEmail { get; set; }

    public ApplicationAnswers ToAnswers() => new(YearsInField, TechStack ?? "",
        (FocusTechnical ? Focus.Technical : 0) | (FocusCareer ? Focus.Career : 0) | (FocusPersonal ? Focus.Personal : 0),
        Availability ?? "", Location ?? "", TimeZone ?? "", Interests ?? "", Motivation ?? "", Capacity, ManagesTeam ?? "", Team ?? "", ManagerEmail ?? "");

    public static ApplicationForm From(ApplicationAnswers a, string profileTimeZone) => new()
    {
        YearsInField = a.YearsInField, TechStack = a.TechStack, FocusTechnical = a.Focus.HasFlag(Focus.Technical), FocusCareer = a.Focus.HasFlag(Focus.Career),
        FocusPersonal = a.Focus.HasFlag(Focus.Personal), Availability = a.Availability, Location = a.Location,
        TimeZone = string.IsNullOrEmpty(a.TimeZone) ? profileTimeZone : a.TimeZone, Interests = a.Interests, Motivation = a.Motivation,
        Capacity = a.Capacity == 0 ? 1 : a.Capacity, ManagesTeam = a.ManagesTeam, Team = a.Team, ManagerEmail = a.ManagerEmail,
    };
}
