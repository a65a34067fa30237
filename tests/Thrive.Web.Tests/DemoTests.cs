using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Goals;
using Thrive.Domain.Intake;
using Thrive.Web.Features.Demo;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// The demo programme that people trying Thrive see: every account on the sign-in page works and each of the seed's
/// stories is there. The only web tests on the demo seed; the others build their own data, so the demo can change.
/// People are found the way a visitor finds them: on the sign-in page, or as the owner of a story's goal.
/// </summary>
public sealed partial class DemoTests : WebTest
{
    protected override bool SeedDemo => true;

    /// <summary>The accounts the sign-in page lists, as (e-mail, name).</summary>
    private async Task<List<(string Email, string Name)>> ListedAccountsAsync()
    {
        var html = await App.Anonymous().GetStringAsync("/Account/SignIn", Ct);
        return ListedAccount().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
    }

    /// <summary>The owner of the demo goal made from a built-in template, signed in.</summary>
    private async Task<(HttpClient Client, Guid Owner)> OwnerOfAsync(string template)
    {
        var title = DemoGoals.TitleOf(template);
        var owner = await App.WithDbAsync(db => db.Goals.Where(g => g.Title == title && g.Status == GoalStatus.Active)
            .Join(db.Users, g => g.OwnerId, u => u.Id, (g, u) => new { u.Id, u.Email }).SingleAsync());
        return (await App.SignedInAsync(owner.Email!, DemoSeeder.Password), owner.Id);
    }

    [Fact]
    public async Task The_sign_in_page_lists_every_demo_account_and_the_password()
    {
        var html = WebUtility.HtmlDecode(await App.Anonymous().GetStringAsync("/Account/SignIn", Ct));
        Assert.Contains("Demo accounts", html, StringComparison.Ordinal);
        Assert.Contains(DemoSeeder.Password, html, StringComparison.Ordinal);
        Assert.Equal(DemoSeeder.Accounts.Select(a => (a.Email, a.Name)), await ListedAccountsAsync());
    }

    [Fact]
    public async Task Every_listed_account_signs_in_and_sees_its_home_page()
    {
        var accounts = await ListedAccountsAsync();
        Assert.True(accounts.Count >= 10, $"only {accounts.Count} demo accounts are listed");
        foreach (var (email, name) in accounts)
        {
            var client = await App.SignedInAsync(email, DemoSeeder.Password);
            var home = await client.GetAsync("/", Ct);
            Assert.True(home.StatusCode == HttpStatusCode.OK, $"{email}: {(int)home.StatusCode}");
            Assert.Contains($"Welcome, {name}", WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_front_end_mentees_board_shows_her_cycle_time_falling_and_a_forecast()
    {
        var (mentee, owner) = await OwnerOfAsync("intermediate-frontend");
        Assert.Contains("Week 5 of 12 · Working on goals", WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        var board = await App.WithDbAsync(db => db.Boards.Where(b => b.OwnerId == owner).Select(b => b.Id).SingleAsync());
        var html = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Board/{board}/Flow", Ct));
        Assert.Contains("Cycle time is falling by about", html, StringComparison.Ordinal);
        Assert.Matches(@"The remaining \d+ tasks will be done by", html);
        Assert.Matches(@"</svg> too big\? split it", html);
        var api = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/boards/{board}/flow", Ct);
        Assert.Equal("Falling", api.GetProperty("trend").GetProperty("verdict").GetString());
        Assert.Equal("Forecast", api.GetProperty("forecast").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("aws-certification")]
    [InlineData("leetcode-weekly")]
    [InlineData("explore-roles")]
    [InlineData("book-club-leadership")]
    [InlineData("js-patterns-stress")]
    public async Task Each_story_mentee_works_on_the_goal_of_her_story_with_her_mentor(string template)
    {
        var (mentee, owner) = await OwnerOfAsync(template);
        var title = WebUtility.HtmlEncode(DemoGoals.TitleOf(template));
        Assert.Contains(title, await mentee.GetStringAsync("/Goals", Ct), StringComparison.Ordinal);
        var home = WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct));
        Assert.Matches("Mentor: [A-Z]", home);
        var (goal, comment) = await App.WithDbAsync(db => db.Goals.Where(g => g.OwnerId == owner && g.Status == GoalStatus.Active)
            .Join(db.GoalComments, g => g.Id, c => c.GoalId, (g, c) => new ValueTuple<Guid, string>(g.Id, c.Body)).FirstAsync());
        Assert.Contains(comment, WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Goals/{goal}", Ct)), StringComparison.Ordinal); // the mentor's
    }

    [Fact]
    public async Task The_problem_set_and_rest_stories_show_a_streak_and_the_never_miss_twice_warning()
    {
        var (dsa, _) = await OwnerOfAsync("leetcode-weekly");
        var html = WebUtility.HtmlDecode(await dsa.GetStringAsync("/Commitments", Ct));
        Assert.Contains("I will solve at least one LeetCode problem set at 19:00 on Wednesdays in the study room at home.", html, StringComparison.Ordinal);
        Assert.Contains("Streak: <strong>5 weeks</strong>", html, StringComparison.Ordinal);
        var (patterns, _) = await OwnerOfAsync("js-patterns-stress");
        Assert.Contains("Missed twice in a row", await patterns.GetStringAsync("/Commitments", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_problem_sets_are_the_dsa_goals_measure_and_the_stress_log_aims_down()
    {
        var (dsa, owner) = await OwnerOfAsync("leetcode-weekly");
        var goal = await App.WithDbAsync(db => db.Goals.Where(g => g.OwnerId == owner && g.Status == GoalStatus.Active).Select(g => g.Id).SingleAsync());
        var page = WebUtility.HtmlDecode(await dsa.GetStringAsync($"/Goals/{goal}", Ct));
        Assert.Contains("measures this goal", page, StringComparison.Ordinal);
        Assert.Contains("each check-in counts one towards the target", page, StringComparison.Ordinal);
        Assert.Equal(5m, await App.WithDbAsync(db => db.MeasureEntries.Where(m => m.GoalId == goal).OrderByDescending(m => m.Date).Select(m => m.Value).FirstAsync()));
        var (patterns, _) = await OwnerOfAsync("js-patterns-stress");
        var html = WebUtility.HtmlDecode(await patterns.GetStringAsync("/Commitments", Ct));
        Assert.Contains("once a week, at most 4 out of 10 each time", html, StringComparison.Ordinal);
        Assert.Contains("Walked at lunch every day", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_careers_mentee_has_five_varied_conversations_and_her_goal_follows_their_count()
    {
        var (careers, owner) = await OwnerOfAsync("explore-roles");
        var map = await careers.GetFromJsonAsync<JsonElement>("/api/v1/roles/map", Ct);
        Assert.Equal(5, map.GetProperty("conversations").GetInt32());
        Assert.Equal(4, map.GetProperty("rolesExplored").GetInt32());
        Assert.Equal("Product manager", map.GetProperty("topRole").GetString());
        var fits = await App.WithDbAsync(db => db.RoleConversations.Where(c => c.OwnerId == owner).Select(c => new { c.Fit, c.PersonName, c.Liked, c.Disliked }).ToListAsync());
        Assert.Equal(5, fits.Select(f => f.PersonName).Distinct().Count());
        Assert.True(fits.Select(f => f.Fit).Distinct().Count() >= 3);
        Assert.All(fits, f => Assert.True(f.Liked.Length > 0 && f.Disliked.Length > 0));
        var goal = await App.WithDbAsync(db => db.RoleExplorations.Where(x => x.OwnerId == owner).Select(x => x.GoalId).SingleAsync());
        var values = await App.WithDbAsync(db => db.MeasureEntries.Where(m => m.GoalId == goal).OrderBy(m => m.Date).Select(m => new { m.Value, m.FromConversations }).ToListAsync());
        Assert.Equal([1m, 2m, 3m, 4m, 5m], values.Select(v => v.Value));
        Assert.All(values, v => Assert.True(v.FromConversations));
    }

    [Fact]
    public async Task The_stress_mentee_keeps_weekly_check_ins_and_wins_and_his_mentor_sees_only_what_he_shares()
    {
        var (patterns, owner) = await OwnerOfAsync("js-patterns-stress");
        var own = WebUtility.HtmlDecode(await patterns.GetStringAsync("/Wellbeing", Ct));
        Assert.Contains("id=\"t-trend\"", own, StringComparison.Ordinal);
        Assert.Contains("Comparing myself with senior colleagues in code review", own, StringComparison.Ordinal);
        Assert.Contains("I'm not a real JavaScript developer", own, StringComparison.Ordinal);
        var checkIns = await patterns.GetFromJsonAsync<JsonElement>("/api/v1/wellbeing/check-ins", Ct);
        Assert.True(checkIns.GetProperty("total").GetInt32() >= 5);

        var mentorId = await App.WithDbAsync(db => db.Pairs.Where(p => p.MenteeId == owner).Select(p => p.MentorId).SingleAsync());
        var mentorEmail = await App.WithDbAsync(db => db.Users.Where(u => u.Id == mentorId).Select(u => u.Email!).SingleAsync());
        var mentor = await App.SignedInAsync(mentorEmail, DemoSeeder.Password);
        var shared = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/wellbeing/check-ins?owner={owner}", Ct);
        Assert.InRange(shared.GetProperty("total").GetInt32(), 1, checkIns.GetProperty("total").GetInt32() - 1);
        var seen = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Wellbeing?owner={owner}", Ct));
        Assert.Contains("Release weeks", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Comparing myself", seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_sees_the_open_applications()
    {
        var (programme, coordinator, applicants) = await App.WithDbAsync(async db =>
        {
            var running = await db.Programmes.Where(p => p.Status == Thrive.Domain.Programmes.ProgrammeStatus.Running).Select(p => p.Id).SingleAsync();
            var place = await db.Participants.Where(p => p.Role == ParticipantRole.Coordinator && p.ProgrammeId == running).SingleAsync();
            var email = await db.Users.Where(u => u.Id == place.UserId).Select(u => u.Email!).SingleAsync();
            var open = await db.Participants.Where(p => p.ProgrammeId == place.ProgrammeId && p.Status == ApplicationStatus.Applied)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => u.DisplayName).ToListAsync();
            return (place.ProgrammeId, email, open);
        });
        Assert.True(applicants.Count >= 2, $"the demo has {applicants.Count} open applications");
        var client = await App.SignedInAsync(coordinator, DemoSeeder.Password);
        Assert.Matches($@"Applications to review</dt><dd class=""stat-value mb-0"">{applicants.Count}<", WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct)));
        var list = WebUtility.HtmlDecode(await client.GetStringAsync($"/Programmes/{programme}/Applications?Status=Applied", Ct));
        Assert.All(applicants, name => Assert.Contains(name, list, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fatimas_book_club_is_halfway_through_dare_to_lead_with_attendance_and_the_coordinator_sees_a_quiet_pair_at_risk()
    {
        var club = await App.WithDbAsync(db => db.Groups.Where(g => g.Name == "Dare to Lead book club").Select(g => g.Id).SingleAsync());
        var fatima = await App.SignedInAsync("bookclub.mentee@thrive.test", DemoSeeder.Password);
        var page = WebUtility.HtmlDecode(await fatima.GetStringAsync($"/Groups/{club}", Ct));
        Assert.Contains("The group: 50% read", page, StringComparison.Ordinal); // three of six parts behind it
        Assert.Contains("Dare to Lead", page, StringComparison.Ordinal);
        var meetings = WebUtility.HtmlDecode(await fatima.GetStringAsync($"/Groups/{club}/Meetings", Ct));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(meetings, "4 of 5"));
        Assert.Contains("5 of 5", meetings, StringComparison.Ordinal);
        // Coming meetings first, soonest first; then the held ones, latest first.
        var listed = (await fatima.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{club}/meetings", Ct)).GetProperty("meetings").EnumerateArray()
            .Select(m => m.GetProperty("startUtc").GetDateTimeOffset()).ToList();
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(listed.Where(t => t > now).Order(), listed.TakeWhile(t => t > now));
        Assert.Equal(listed.Where(t => t < now).OrderDescending(), listed.SkipWhile(t => t > now));
        Assert.Equal(6, listed.Count);
        // The coordinator's cohort health has the pair that went quiet at the top.
        var coordinator = await App.SignedInAsync(DemoSeeder.Accounts[0].Email, DemoSeeder.Password);
        var spring = await App.WithDbAsync(db => db.Programmes.Where(p => p.Name == "Project Thrive · Spring cohort").Select(p => p.Id).SingleAsync());
        var health = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{spring}/health", Ct);
        var first = health.GetProperty("pairs").EnumerateArray().First();
        Assert.Equal("AtRisk", first.GetProperty("status").GetString());
        Assert.Contains("Themba Zulu", first.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_matches_the_second_programmes_twenty_applications_with_two_mentees_left_for_capacity()
    {
        var (programme, femke, willem) = await App.WithDbAsync(async db =>
        {
            var id = await db.Programmes.Where(p => p.Name == DemoNextCohort.Name && p.Status == Thrive.Domain.Programmes.ProgrammeStatus.IntakeOpen).Select(p => p.Id).SingleAsync();
            Assert.Equal(20, await db.Participants.CountAsync(p => p.ProgrammeId == id && p.Role != ParticipantRole.Coordinator && p.Status == ApplicationStatus.Accepted));
            Assert.False(await db.Pairs.AnyAsync(p => p.ProgrammeId == id));
            return (id, await db.Users.Where(u => u.Email == "femke.visser@thrive.test").Select(u => u.Id).SingleAsync(),
                await db.Users.Where(u => u.Email == "willem.degroot@thrive.test").Select(u => u.Id).SingleAsync());
        });
        var coordinator = await App.SignedInAsync(DemoSeeder.Accounts[0].Email, DemoSeeder.Password);
        var proposal = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme}/matching", Ct);
        Assert.Equal(11, proposal.GetProperty("pairs").GetArrayLength()); // seven mentors, eleven places, thirteen mentees
        var left = proposal.GetProperty("unmatched").EnumerateArray().Where(u => u.GetProperty("side").GetString() == "Mentee").ToList();
        Assert.Equal(2, left.Count);
        Assert.All(left, u => Assert.StartsWith("Capacity exhausted", u.GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.GetProperty("pairs").EnumerateArray(), p =>
            p.GetProperty("mentee").GetProperty("id").GetGuid() == femke && p.GetProperty("mentor").GetProperty("id").GetGuid() == willem); // he manages her team
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme}/Matching", Ct));
        Assert.Contains("13 mentees without a mentor, 11 free places across 7 mentors", page, StringComparison.Ordinal);
        Assert.Contains($"/Programmes/{programme}/Matching", await coordinator.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_programme_lets_mentees_choose_with_a_request_waiting_one_past_the_limit_and_one_declined_and_passed_on()
    {
        var states = await App.WithDbAsync(db => db.MentorRequests.Join(db.Programmes.Where(p => p.Name == DemoNextCohort.Name), r => r.ProgrammeId, p => p.Id, (r, p) => r.State).ToListAsync());
        Assert.Equal(3, states.Count(s => s == Thrive.Domain.Matching.MentorRequestState.Pending));
        Assert.Equal(1, states.Count(s => s == Thrive.Domain.Matching.MentorRequestState.Declined));
        var chiamaka = await App.SignedInAsync("chiamaka.obi@thrive.test", DemoSeeder.Password);
        Assert.Contains("1 mentee asked you to mentor them", WebUtility.HtmlDecode(await chiamaka.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        var daniel = await App.SignedInAsync("daniel.okoro@thrive.test", DemoSeeder.Password);
        Assert.Contains("Tom Hendriks declined", WebUtility.HtmlDecode(await daniel.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        var coordinator = await App.SignedInAsync(DemoSeeder.Accounts[0].Email, DemoSeeder.Password);
        Assert.Contains("1 mentor request waiting past the limit", WebUtility.HtmlDecode(await coordinator.GetStringAsync("/", Ct)), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<li class=""mb-1""><code>([^<]+)</code> · ([^:<]+):")]
    private static partial Regex ListedAccount();
}
