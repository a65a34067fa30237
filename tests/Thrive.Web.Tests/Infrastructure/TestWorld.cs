using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Intake;

namespace Thrive.Web.Tests.Infrastructure;

public enum Persona { Anonymous, MenteeB, OtherCoordinator, MenteeA, MentorA, Coordinator, Admin }

/// <summary>The ids of the world the route tests fill their URLs with.</summary>
public sealed record World(Guid Programme, Guid PairA, Guid Application, Guid GoalA, Guid SwotA, Guid BoardA, Guid BusyColumnA, Guid TaskA, Guid SessionA, string FeedToken, Guid FeedbackToMenteeA, Guid CommitmentA, Guid ActionItemA, Guid ProblemA, Guid SpareProblemA,
    Guid ConversationA, Guid SpareConversationA, Guid RoleQuestionA, Guid EvidenceA, Guid SpareEvidenceA, Guid VersionA, string PortfolioToken,
    Guid CheckInA = default, Guid StressorA = default, Guid StrategyA = default, Guid WinA = default, Guid ExamTestA = default,
    Guid SpareCheckInA = default, Guid SpareStressorA = default, Guid SpareStrategyA = default, Guid SpareWinA = default,
    Guid SpareStudyA = default, Guid TemplateA = default, Guid WebhookA = default, Guid SpareWebhookA = default, Guid GroupA = default, Guid MeetingA = default, Guid MentorRequestA = default)
{
    /// <summary>A question of the programme's own in its pulse.</summary>
    public Guid SurveyQuestionA { get; init; }
}

/// <summary>
/// A world built for the route tests (two programmes, the seven people who use them) and every route of the app
/// filled with that world's ids: shared by the authorization matrix and the abuse tests.
/// </summary>
public static class TestWorld
{
    /// <summary>"GET /Programmes/{id}" for each route of the app (constraints and optional marks dropped).</summary>
    public static List<string> Routes(ThriveApp app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{(\w+)(:[^}]*)?\??\}", "{$1}");
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var m in methods) keys.Add($"{m} {pattern}");
        }
        return keys.ToList();
    }

    /// <summary>A client signed in as the persona of <paramref name="world"/> (anonymous: not signed in).</summary>
    public static async Task<HttpClient> ClientForAsync(ThriveApp app, World world, Persona persona) =>
        persona == Persona.Anonymous ? app.Anonymous() : await app.SignedInAsync(EmailOf(world, persona));

    /// <summary>The e-mail address of a persona of <paramref name="world"/>, for signing in another way (a browser).</summary>
    public static string EmailOf(World world, Persona persona) =>
        People.TryGetValue(world, out var people) && people.TryGetValue(persona, out var email)
            ? email
            : throw new ArgumentException($"{persona} has no account in this world.", nameof(persona));

    /// <summary>Who plays each persona of a world made by <see cref="SetUpAsync"/>.</summary>
    private static readonly ConditionalWeakTable<World, IReadOnlyDictionary<Persona, string>> People = new();

    public static (string Method, string Url) Fill(string route, World w)
    {
        var parts = route.Split(' ', 2);
        var url = parts[1];
        var isPair = url.StartsWith("/Pairs/", StringComparison.Ordinal) || url.StartsWith("/api/v1/pairs/", StringComparison.Ordinal);
        var isGoal = url.StartsWith("/Goals/", StringComparison.Ordinal) || url.StartsWith("/api/v1/goals/", StringComparison.Ordinal);
        var id = url switch
        {
            _ when isPair => w.PairA,
            _ when isGoal => w.GoalA,
            _ when url.StartsWith("/api/v1/boards/", StringComparison.Ordinal) => w.BoardA,
            _ when url.StartsWith("/api/v1/columns/", StringComparison.Ordinal) => w.BusyColumnA,
            _ when url.StartsWith("/Sessions/", StringComparison.Ordinal) || url.StartsWith("/api/v1/sessions/", StringComparison.Ordinal) => w.SessionA,
            _ when url.StartsWith("/api/v1/action-items/", StringComparison.Ordinal) => w.ActionItemA,
            _ when url.StartsWith("/api/v1/commitments/", StringComparison.Ordinal) || url.StartsWith("/Commitments/", StringComparison.Ordinal) => w.CommitmentA,
            // An allowed DELETE removes its problem: it gets one of its own, so that the other routes keep theirs.
            _ when url.StartsWith("/api/v1/practice/problems/", StringComparison.Ordinal) && parts[0] == "DELETE" => w.SpareProblemA,
            _ when url.StartsWith("/Practice/", StringComparison.Ordinal) || url.StartsWith("/api/v1/practice/problems/", StringComparison.Ordinal) => w.ProblemA,
            _ when url.StartsWith("/api/v1/role-conversations/", StringComparison.Ordinal) && parts[0] == "DELETE" => w.SpareConversationA,
            _ when url.StartsWith("/Roles/Conversations/", StringComparison.Ordinal) || url.StartsWith("/api/v1/role-conversations/", StringComparison.Ordinal) => w.ConversationA,
            _ when url.StartsWith("/api/v1/role-questions/", StringComparison.Ordinal) => w.RoleQuestionA,
            _ when url.StartsWith("/api/v1/evidence/assets/versions/", StringComparison.Ordinal) => w.VersionA,
            _ when url.StartsWith("/api/v1/evidence/", StringComparison.Ordinal) && parts[0] == "DELETE" => w.SpareEvidenceA,
            _ when url.StartsWith("/Evidence/", StringComparison.Ordinal) || url.StartsWith("/api/v1/evidence/", StringComparison.Ordinal) => w.EvidenceA,
            _ when url.StartsWith("/api/v1/wellbeing/", StringComparison.Ordinal) && parts[0] == "DELETE" && !url.Contains("/strategies/", StringComparison.Ordinal) =>
                url.Contains("/check-ins/", StringComparison.Ordinal) ? w.SpareCheckInA : url.Contains("/stressors/", StringComparison.Ordinal) ? w.SpareStressorA : w.SpareWinA,
            _ when url.StartsWith("/api/v1/wellbeing/check-ins/", StringComparison.Ordinal) => w.CheckInA,
            _ when url.StartsWith("/api/v1/wellbeing/stressors/", StringComparison.Ordinal) => w.StressorA,
            _ when url.StartsWith("/api/v1/wellbeing/wins/", StringComparison.Ordinal) => w.WinA,
            _ when url.StartsWith("/api/v1/exam/practice-tests/", StringComparison.Ordinal) => w.ExamTestA,
            _ when url.StartsWith("/api/v1/exam/study/", StringComparison.Ordinal) => w.SpareStudyA,
            _ when url.StartsWith("/api/v1/webhooks/", StringComparison.Ordinal) && parts[0] == "DELETE" => w.SpareWebhookA,
            _ when url.StartsWith("/Webhooks/", StringComparison.Ordinal) || url.StartsWith("/api/v1/webhooks/", StringComparison.Ordinal) => w.WebhookA,
            _ when url.StartsWith("/Groups/", StringComparison.Ordinal) || url.StartsWith("/api/v1/groups/", StringComparison.Ordinal) => w.GroupA,
            _ when url.StartsWith("/Tasks/", StringComparison.Ordinal) || url.StartsWith("/api/v1/tasks/", StringComparison.Ordinal) => w.TaskA,
            _ => w.Programme,
        };
        url = url.Replace("{id}", id.ToString(), StringComparison.Ordinal)
            .Replace("{boardId}", w.BoardA.ToString(), StringComparison.Ordinal)
            .Replace("{analysisId}", w.SwotA.ToString(), StringComparison.Ordinal)
            .Replace("{change}", "drop", StringComparison.Ordinal)
            .Replace("{participantId}", w.Application.ToString(), StringComparison.Ordinal)
            .Replace("{feedbackId}", w.FeedbackToMenteeA.ToString(), StringComparison.Ordinal)
            .Replace("{code}", "404", StringComparison.Ordinal)
            .Replace("{date}", "2000-01-01", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{token}", w.FeedToken, StringComparison.Ordinal)
            .Replace("{key}", w.PortfolioToken, StringComparison.Ordinal)
            .Replace("{templateId}", w.TemplateA.ToString(), StringComparison.Ordinal)
            .Replace("{meetingId}", w.MeetingA.ToString(), StringComparison.Ordinal)
            .Replace("{requestId}", w.MentorRequestA.ToString(), StringComparison.Ordinal)
            .Replace("{questionId}", w.SurveyQuestionA.ToString(), StringComparison.Ordinal)
            .Replace("{strategyId}", (parts[0] == "DELETE" ? w.SpareStrategyA : w.StrategyA).ToString(), StringComparison.Ordinal);
        if (url.EndsWith("/decision", StringComparison.Ordinal)) url += "?accept=false";
        if (url.EndsWith("/Compare", StringComparison.Ordinal)) url += "?a=1&b=2";
        return (parts[0], url);
    }


    /// <summary>
    /// One programme with its coordinator; pair A (MentorA and MenteeA) with MenteeA's goal, SWOT, board (a busy column
    /// and a card), a session, feedback to her, a commitment, an action item, two practice problems, two role conversations and a question of her own, an exam with a practice test; MenteeB in another pair; an applicant
    /// with an open application; an admin; and a second programme with its own coordinator (OtherCoordinator).
    /// </summary>
    public static async Task<World> SetUpAsync(ThriveApp app, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var given = Given.In(app);
        var programme = await given.ProgrammeAsync("Spring cohort");
        var pairA = await given.PairAsync(programme,
            await given.MentorAsync(programme, "Mentor A", "Europe/Amsterdam"), await given.MenteeAsync(programme, "Mentee A", "Africa/Johannesburg"));
        var menteeA = pairA.Mentee;
        var pairB = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Mentee B", "Africa/Johannesburg"));
        var applicant = await given.MenteeAsync(programme, "Applicant", status: ApplicationStatus.Applied);
        var admin = await given.AdminAsync("Admin");
        var other = await given.ProgrammeAsync("Another cohort", coordinator: await given.PersonAsync("Other Coordinator"));

        var goal = await given.GoalAsync(menteeA, template: "intermediate-frontend", weekly: [5, 4.5m, 4]);
        var swot = await given.SwotAsync(menteeA, revisions: 2);
        var board = await given.BoardAsync(menteeA);
        // A column that holds cards, so that an allowed DELETE is refused instead of removing it.
        var task = await given.TaskAsync(board, "Refactor the navbar into a component", started: given.Now.AddDays(-1), goal: goal);
        await given.TaskAsync(board, "Write tests for the signup form");
        var session = await given.SessionAsync(pairA, given.Now.AddDays(3));
        var feedback = await given.FeedbackAsync(pairA, pairA.Mentor);
        var commitment = await given.CommitmentAsync(menteeA);
        var actionItem = await given.ActionItemAsync(pairA, menteeA, "Update the CV's skills section", given.Today.AddDays(5));
        var problem = await given.PracticeProblemAsync(menteeA, "Number of Islands", Thrive.Domain.Practice.PracticeTopic.Graphs, Thrive.Domain.Practice.SolvedHow.WithHint);
        var spareProblem = await given.PracticeProblemAsync(menteeA, "Climbing Stairs", Thrive.Domain.Practice.PracticeTopic.DynamicProgramming);
        var conversation = await given.RoleConversationAsync(menteeA);
        var spareConversation = await given.RoleConversationAsync(menteeA, "Sam Okafor", "Developer relations");
        var roleQuestion = await given.RoleQuestionAsync(menteeA);
        var evidence = await given.EvidenceAsync(menteeA, "Building an accessible modal in React", goals: [goal.Id]);
        var spareEvidence = await given.EvidenceAsync(menteeA, "Fixed a focus bug in the design system", Thrive.Domain.Evidence.EvidenceKind.PullRequest);
        var version = await given.AssetVersionAsync(menteeA);
        var portfolioToken = await given.PortfolioLinkAsync(pairB.Mentor);
        var examA = await given.ExamAsync(menteeA);
        var examTest = await given.PracticeTestAsync(examA, 64);
        var spareStudy = await given.StudyAsync(examA);
        var template = await given.ExamTemplateAsync(programme);
        var feedToken = Thrive.Web.Infrastructure.SessionCalendar.NewFeedToken();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == menteeA.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.CalendarFeedTokenHash, Thrive.Web.Infrastructure.Tokens.Hash(feedToken)), ct));

        // MenteeA's private wellbeing entries: her mentor, the coordinator and the other pair are refused them.
        var checkIn = await given.WellbeingCheckInAsync(menteeA, note: "Tired after the release.");
        var (stressor, strategy) = await given.StressorAsync(menteeA, "Sprint demos", false, "Rehearse with a colleague");
        var win = await given.WinAsync(menteeA);
        // Spares for the DELETE routes, so that the other routes keep theirs: a check-in a week earlier, a stressor, a second strategy, a win.
        var spareCheckIn = await given.WellbeingCheckInAsync(menteeA, weeksAgo: 1);
        var (spareStressor, _) = await given.StressorAsync(menteeA, "Estimating tickets");
        var spareStrategy = (await given.StrategyAsync(stressor, "Ask for a pairing partner")).Id;
        var spareWin = await given.WinAsync(menteeA, "Asked a question in the all-hands");
        // A book club of the programme: MentorA facilitates, MenteeA reads along; MenteeB (same programme) is not in it.
        var group = await given.GroupAsync(programme, pairA.Mentor, [menteeA], parts: 2);
        var meeting = await given.GroupMeetingAsync(group, given.Now.AddDays(3));
        var world = new World(programme.Id, pairA.Id, applicant.Place!.Value, goal.Id, swot.Id, board.Id, board.Doing, task, session.Id, feedToken, feedback, commitment, actionItem, problem, spareProblem,
            conversation, spareConversation, roleQuestion, evidence, spareEvidence, version, portfolioToken,
            checkIn, stressor, strategy!.Value, win, examTest, spareCheckIn, spareStressor, spareStrategy, spareWin, spareStudy, template,
            (await given.WebhookAsync(menteeA.Id, "https://hooks.example.com/menteeA")).Id, (await given.WebhookAsync(menteeA.Id, "https://hooks.example.com/spare")).Id, group.Id, meeting,
            // MenteeA's request to MentorA (it has reached him): accepting it is refused, as she already has a pair.
            await given.MentorRequestAsync(programme, menteeA, pairA.Mentor, "Written for the authorization matrix."));
        world = world with { SurveyQuestionA = await given.SurveyQuestionAsync(programme, Thrive.Domain.Surveys.SurveyKind.Pulse, "Do you feel heard?", Thrive.Domain.Surveys.SurveyAnswerType.Scale) };
        People.Add(world, new Dictionary<Persona, string>
        {
            [Persona.MenteeA] = menteeA.Email, [Persona.MentorA] = pairA.Mentor.Email, [Persona.MenteeB] = pairB.Mentee.Email,
            [Persona.Coordinator] = programme.Coordinator.Email, [Persona.OtherCoordinator] = other.Coordinator.Email, [Persona.Admin] = admin.Email,
        });
        return world;
    }
}
