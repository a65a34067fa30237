using System.Net;
using System.Text.RegularExpressions;
using Thrive.Domain.Commitments;
using Thrive.Domain.Surveys;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The home page's next steps come from each person's state, differ for mentee and mentor, and go once done.</summary>
public sealed partial class HomeNextStepsTests : WebTest
{
    [GeneratedRegex("<section class=\"card mb-4 next-steps\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex StepsCard();

    private async Task<string> StepsAsync(HttpClient client)
    {
        var match = StepsCard().Match(await client.GetStringAsync("/", Ct));
        return match.Success ? WebUtility.HtmlDecode(match.Value) : "";
    }

    /// <summary>Lerato and her mentor Daan, a session ahead, her overdue action item and her goal with no task.</summary>
    private async Task<(Given Given, GivenPair Pair, GivenSession Session, GivenGoal Goal)> LeratoAndDaanAsync(int sessionInHours)
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, await given.MentorAsync(programme, "Daan Jansen"), await given.MenteeAsync(programme, "Lerato Mokoena"));
        var session = await given.SessionAsync(pair, given.Now.AddHours(sessionInHours));
        await given.ActionItemAsync(pair, pair.Mentee, "Send Daan the case study draft", given.Today.AddDays(-2), created: given.Now.AddDays(-5));
        return (given, pair, session, await given.GoalAsync(pair.Mentee, "Ship the portfolio site"));
    }

    [Fact]
    public async Task The_mentee_sees_what_is_due_first_and_each_step_goes_once_done()
    {
        var (given, pair, session, goal) = await LeratoAndDaanAsync(sessionInHours: 30);
        await given.FeedbackAsync(pair, pair.Mentor);
        await given.CommitmentAsync(pair.Mentee, startedOn: given.Today.AddDays(-28));
        var board = await given.BoardAsync(pair.Mentee);
        await given.TaskAsync(board, "Rewrite the whole checkout", given.Now.AddDays(-9), started: given.Now.AddDays(-8));
        // The pair started 31 days ago: Lerato has answered this round's relationship pulse (its step is tested in PairSurveyTests).
        await given.PairSurveyAnswerAsync(pair, pair.Mentee, SurveyKind.Pulse, new(4, MeetingAsPlanned.Yes, null, null, null, "", false));

        var lerato = await pair.Mentee.SignInAsync();
        var steps = await StepsAsync(lerato);
        string[] expected =
        [
            "share your agenda so that Daan can prepare", "is overdue", "Daan Jansen gave you feedback", "twice in a row",
            "has been in progress for 8 days", "\u201cShip the portfolio site\u201d has no tasks yet",
        ];
        var at = expected.Select(e => steps.IndexOf(e, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0, steps));
        Assert.Equal(at.Order().ToList(), at); // most urgent first
        Assert.Contains($"href=\"/Sessions/{session.Id}\"", steps, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Goals/{goal.Id}\"", steps, StringComparison.Ordinal);

        // Done: the agenda shared, the feedback read, a task for the goal. Those steps go; the others stay.
        var url = $"/Sessions/{session.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Agenda&share=true", new() { ["Agenda.HopeNext"] = "Review the CV" }, url)).StatusCode);
        var feedback = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Feedback, f => f.PairId == pair.Id));
        Assert.Equal(HttpStatusCode.NoContent, (await lerato.PostAsync($"/api/v1/pairs/{pair.Id}/feedback/{feedback.Id}/acknowledge", null, Ct)).StatusCode);
        await given.TaskAsync(board, "Pick a host for the site", goal: goal);
        steps = await StepsAsync(lerato);
        Assert.DoesNotContain("share your agenda", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("gave you feedback", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("has no tasks yet", steps, StringComparison.Ordinal);
        Assert.Contains("is overdue", steps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mentor_is_asked_to_read_a_shared_agenda_and_sees_none_of_his_mentees_own_steps()
    {
        var (given, pair, session, _) = await LeratoAndDaanAsync(sessionInHours: 20);
        await given.AssetVersionAsync(pair.Mentee, askReview: true);
        var daan = await pair.Mentor.SignInAsync();
        var steps = await StepsAsync(daan);
        Assert.Contains("the agenda is not shared yet", steps, StringComparison.Ordinal);
        Assert.Contains("Lerato Mokoena asked you to review a version of their CV", steps, StringComparison.Ordinal);
        Assert.Contains("href=\"/Evidence/Reviews\"", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("Send Daan", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("Ship the portfolio site", steps, StringComparison.Ordinal);

        var lerato = await pair.Mentee.SignInAsync();
        var url = $"/Sessions/{session.Id}";
        await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Agenda&share=true", new() { ["Agenda.HopeNext"] = "Review the CV" }, url);
        steps = await StepsAsync(daan);
        Assert.Contains("Lerato Mokoena shared the agenda", steps, StringComparison.Ordinal);
        Assert.Contains("Read the agenda", steps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_active_pair_with_no_session_planned_is_asked_to_plan_one_and_a_new_person_sees_no_steps()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var steps = await StepsAsync(await pair.Mentee.SignInAsync());
        Assert.Contains("No session is planned", steps, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Pairs/{pair.Id}/Sessions\"", steps, StringComparison.Ordinal);
        var nobody = await given.PersonAsync();
        Assert.Equal("", await StepsAsync(await nobody.SignInAsync()));
    }
}
