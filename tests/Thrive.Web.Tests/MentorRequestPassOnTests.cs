using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Matching;
using Thrive.Web.Features.Matching;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Mentee-choice mode: a request with no answer in the programme's days passes on, once, whatever the instances.</summary>
public sealed class MentorRequestPassOnTests : WebTest
{
    private async Task<MentorRequestPassResult> PassAsync(DateTimeOffset now, ThriveApp? app = null)
    {
        using var scope = (app ?? App).Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MentorRequestPass>().RunAsync(now, Ct);
    }

    private Task<int> MailsAsync(string to, string subjectPart) =>
        App.WithDbAsync(db => db.SentMail.CountAsync(m => m.To == to && m.Subject.Contains(subjectPart)));

    [Fact]
    public async Task An_unanswered_request_passes_to_the_next_choice_after_five_days_then_to_the_coordinator_and_the_old_mentor_is_told_it_passed_on()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        await given.MenteesChooseAsync(programme);
        var first = await given.MentorAsync(programme, "Farah First");
        var second = await given.MentorAsync(programme, "Sipho Second");
        var mentee = await given.MenteeAsync(programme, "Ayesha Khan");
        var toFirst = await given.MentorRequestAsync(programme, mentee, first);
        var toSecond = await given.MentorRequestAsync(programme, mentee, second);
        var start = given.Now;

        Assert.Equal(0, (await PassAsync(start.AddDays(4).AddHours(23))).PassedOn);
        var firstClient = await first.SignInAsync();
        var home = WebUtility.HtmlDecode(await firstClient.GetStringAsync("/", Ct));
        Assert.Contains("1 mentee asked you to mentor them", home, StringComparison.Ordinal);
        Assert.Contains("in 5 days", home, StringComparison.Ordinal);

        Assert.Equal(new MentorRequestPassResult(1, 1, 0), await PassAsync(start.AddDays(5).AddMinutes(1)));
        var lapsed = await App.WithDbAsync(db => db.MentorRequests.SingleAsync(r => r.Id == toFirst));
        Assert.Equal((MentorRequestState.Unanswered, "No answer in 5 days."), (lapsed.State, lapsed.Answer));
        Assert.Equal(MentorRequestState.Pending, await App.WithDbAsync(db => db.MentorRequests.Where(r => r.Id == toSecond).Select(r => r.State).SingleAsync()));
        Assert.Equal(1, await MailsAsync(second.Email, "would like you as their mentor"));
        Assert.Equal(1, await MailsAsync(mentee.Email, "has gone to Sipho Second"));
        Assert.Equal(0, (await PassAsync(start.AddDays(5).AddMinutes(2))).PassedOn); // nothing twice

        // The first mentor answers too late: a clear message, not a 500, and nothing changes.
        var accept = await firstClient.PostAsync($"/api/v1/programmes/{programme.Id}/mentor-requests/{toFirst}/accept", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, accept.StatusCode);
        Assert.Contains("passed on", await accept.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var page = $"/Programmes/{programme.Id}/MentorRequests";
        var decline = await ThriveApp.PostFormAsync(firstClient, page + $"?handler=Decline&requestId={toFirst}", new() { ["Decline.Reason"] = "Sorry, busy." }, page);
        Assert.Equal(HttpStatusCode.Conflict, decline.StatusCode);
        Assert.Contains("passed on to the mentee", WebUtility.HtmlDecode(await decline.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.DoesNotContain("asked you to mentor them", WebUtility.HtmlDecode(await firstClient.GetStringAsync("/", Ct)), StringComparison.Ordinal);

        var menteeClient = await mentee.SignInAsync();
        var menteeHome = WebUtility.HtmlDecode(await menteeClient.GetStringAsync("/", Ct));
        Assert.Contains("Farah First did not answer in 5 days", menteeHome, StringComparison.Ordinal);
        Assert.Contains("with Sipho Second since", menteeHome, StringComparison.Ordinal);

        Assert.Equal(new MentorRequestPassResult(1, 1, 1), await PassAsync(start.AddDays(11)));
        Assert.Equal(1, await MailsAsync(mentee.Email, "needs your coordinator"));
        Assert.Equal(1, await MailsAsync(programme.Coordinator.Email, "Ayesha Khan has no mentor left to ask"));
        var coordinator = await programme.Coordinator.SignInAsync();
        Assert.Contains("1 mentee with no mentor left to ask", WebUtility.HtmlDecode(await coordinator.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        Assert.Contains("Mentor requests", await coordinator.GetStringAsync($"/Programmes/{programme.Id}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_sets_the_days_from_one_to_thirty_beside_the_field_and_a_shorter_limit_passes_on_sooner()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        await given.MenteesChooseAsync(programme);
        var mentee = await given.MenteeAsync(programme);
        var mentor = await given.MentorAsync(programme);
        var request = await given.MentorRequestAsync(programme, mentee, mentor);
        var coordinator = await programme.Coordinator.SignInAsync();
        var page = $"/Programmes/{programme.Id}/MentorRequests/All";
        Assert.Contains("value=\"5\"", await coordinator.GetStringAsync(page, Ct), StringComparison.Ordinal);

        foreach (var bad in new[] { "0", "31", "abc", "" })
        {
            var refused = await ThriveApp.PostFormAsync(coordinator, page + "?handler=PassOn", new() { ["Settings.On"] = "true", ["Settings.PassOnDays"] = bad }, page);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Enter a number of days from 1 to 30.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var api = $"/api/v1/programmes/{programme.Id}/mentor-requests/settings";
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PutAsJsonAsync(api, new { on = true, passOnDays = 40 }, Ct)).StatusCode);
        Assert.Equal(5, await App.WithDbAsync(db => db.MatchingSettings.Where(s => s.ProgrammeId == programme.Id).Select(s => s.PassOnDays).SingleAsync()));
        var saved = await ThriveApp.PostFormAsync(coordinator, page + "?handler=PassOn", new() { ["Settings.On"] = "true", ["Settings.PassOnDays"] = "2" }, page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.MatchingSettings.AnyAsync(s => s.ProgrammeId == programme.Id && s.PassOnDays == 2 && s.MenteesChoose)));

        Assert.Contains("Passes on in 2 days", await coordinator.GetStringAsync(page, Ct), StringComparison.Ordinal);

        // Past the limit and not yet passed on (the pass runs on a schedule), the row says so.
        var sent = given.Now;
        App.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        Assert.Contains("Over the 2-day limit", await coordinator.GetStringAsync(page, Ct), StringComparison.Ordinal);
        Assert.Equal(0, (await PassAsync(sent.AddDays(1))).PassedOn);
        Assert.Equal(1, (await PassAsync(sent.AddDays(2).AddMinutes(1))).PassedOn);
        Assert.DoesNotContain("Over the 2-day limit", await coordinator.GetStringAsync(page, Ct), StringComparison.Ordinal);
        Assert.Equal(MentorRequestState.Unanswered, await App.WithDbAsync(db => db.MentorRequests.Where(r => r.Id == request).Select(r => r.State).SingleAsync()));
    }

    [Fact]
    public async Task Two_instances_racing_pass_each_request_on_exactly_once_and_send_each_mail_once()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        await given.MenteesChooseAsync(programme);
        var mentees = new List<(GivenPerson Mentee, GivenPerson Next)>();
        for (var i = 0; i < 4; i++)
        {
            var mentee = await given.MenteeAsync(programme);
            var next = await given.MentorAsync(programme);
            await given.MentorRequestAsync(programme, mentee, await given.MentorAsync(programme));
            await given.MentorRequestAsync(programme, mentee, next);
            mentees.Add((mentee, next));
        }
        await using var second = new ThriveApp(App.Database);
        _ = second.Server;
        var later = given.Now.AddDays(6);
        var results = new List<MentorRequestPassResult>();
        for (var round = 0; round < 2; round++)
            results.AddRange(await Task.WhenAll(Task.Run(() => PassAsync(later, App), Ct), Task.Run(() => PassAsync(later, second), Ct)));

        Assert.Equal(mentees.Count, results.Sum(r => r.PassedOn));
        Assert.Equal(mentees.Count, await App.WithDbAsync(db => db.MentorRequests.CountAsync(r => r.ProgrammeId == programme.Id && r.State == MentorRequestState.Unanswered)));
        foreach (var (mentee, next) in mentees)
        {
            Assert.Equal(1, await MailsAsync(next.Email, "would like you as their mentor"));
            Assert.Equal(1, await MailsAsync(mentee.Email, "Your mentor request has gone to"));
        }
    }
}
