using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Matching;
using Thrive.Domain.Pairs;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Mentee-choice mode over HTTP: requests through the forms and the API, answers, passing on, stepping in.</summary>
public sealed class MentorRequestTests : WebTest
{
    [Fact]
    public async Task A_mentee_requests_two_mentors_the_first_declines_with_a_reason_and_the_second_accepts_into_a_proposed_pair()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        await given.MenteesChooseAsync(programme);
        var first = await given.MentorAsync(programme, "Farah First");
        var second = await given.MentorAsync(programme, "Sipho Second");
        var menteePerson = await given.MenteeAsync(programme, "Ayesha Khan");
        var mentee = await menteePerson.SignInAsync();

        var directory = await mentee.GetStringAsync($"/Programmes/{programme.Id}/Mentors", Ct);
        Assert.Contains($"/MentorRequests/New?mentor={first.Id}", directory, StringComparison.Ordinal);
        Assert.Contains("Not active lately", directory, StringComparison.Ordinal);
        var url = $"/Programmes/{programme.Id}/MentorRequests/New";
        var sent = await ThriveApp.PostFormAsync(mentee, url, new() { ["Input.MentorId"] = first.Id.ToString(), ["Input.Note"] = "I would like help with system design." }, url + $"?mentor={first.Id}");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await mentee.PostAsJsonAsync($"/api/v1/programmes/{programme.Id}/mentor-requests", new { mentorId = second.Id }, Ct)).StatusCode);
        Assert.Contains("system design", await App.WithDbAsync(db => db.SentMail.Where(m => m.To == first.Email).Select(m => m.TextBody).FirstAsync()), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.SentMail.AnyAsync(m => m.To == second.Email)));

        var firstClient = await first.SignInAsync();
        var own = await firstClient.GetFromJsonAsync<Own>($"/api/v1/programmes/{programme.Id}/mentor-requests", Ct);
        var toFirst = Assert.Single(own!.Received);
        var noReason = await firstClient.PostAsJsonAsync($"/api/v1/programmes/{programme.Id}/mentor-requests/{toFirst.Id}/decline", new { reason = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var page = $"/Programmes/{programme.Id}/MentorRequests";
        var declined = await ThriveApp.PostFormAsync(firstClient, page + $"?handler=Decline&requestId={toFirst.Id}", new() { ["Decline.Reason"] = "My places are taken this cohort." }, page);
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Contains("My places are taken this cohort.", WebUtility.HtmlDecode(await mentee.GetStringAsync(page, Ct)), StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.SentMail.AnyAsync(m => m.To == second.Email)));

        var secondClient = await second.SignInAsync();
        var toSecond = Assert.Single((await secondClient.GetFromJsonAsync<Own>($"/api/v1/programmes/{programme.Id}/mentor-requests", Ct))!.Received);
        Assert.Equal(HttpStatusCode.Forbidden, (await firstClient.PostAsync($"/api/v1/programmes/{programme.Id}/mentor-requests/{toSecond.Id}/accept", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await secondClient.PostAsync($"/api/v1/programmes/{programme.Id}/mentor-requests/{toSecond.Id}/accept", null, Ct)).StatusCode);
        var pair = await App.WithDbAsync(db => db.Pairs.SingleAsync(p => p.MenteeId == menteePerson.Id));
        Assert.Equal((second.Id, PairState.Proposed), (pair.MentorId, pair.State));
        Assert.Equal(HttpStatusCode.Conflict, (await secondClient.PostAsync($"/api/v1/programmes/{programme.Id}/mentor-requests/{toSecond.Id}/accept", null, Ct)).StatusCode);

        // Paired now: a further request is refused, on the field, and nothing is saved.
        var third = await given.MentorAsync(programme, "Thandi Third");
        var refused = await mentee.PostAsJsonAsync($"/api/v1/programmes/{programme.Id}/mentor-requests", new { mentorId = third.Id }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("already have a mentor", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.MentorRequests.CountAsync(r => r.MenteeId == menteePerson.Id)));
    }

    [Fact]
    public async Task A_full_mentor_a_fourth_request_and_a_repeat_are_refused_beside_the_field_and_mentee_choice_off_is_a_conflict()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var full = await given.MentorAsync(programme, "Fully Booked", capacity: 1);
        await given.PairAsync(programme, mentor: full);
        var menteePerson = await given.MenteeAsync(programme);
        var mentee = await menteePerson.SignInAsync();
        var api = $"/api/v1/programmes/{programme.Id}/mentor-requests";
        var free = await given.MentorAsync(programme);

        var off = await mentee.PostAsJsonAsync(api, new { mentorId = free.Id }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, off.StatusCode);
        Assert.DoesNotContain("Request", await mentee.GetStringAsync($"/Programmes/{programme.Id}/Mentors", Ct).ContinueWith(t => t.Result.Contains("/MentorRequests/New", StringComparison.Ordinal) ? "Request" : "", Ct), StringComparison.Ordinal);
        await given.MenteesChooseAsync(programme);

        var url = $"/Programmes/{programme.Id}/MentorRequests/New";
        var toFull = await ThriveApp.PostFormAsync(mentee, url, new() { ["Input.MentorId"] = full.Id.ToString() }, url);
        Assert.Equal(HttpStatusCode.OK, toFull.StatusCode);
        Assert.Contains("no free place", await toFull.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await mentee.PostAsJsonAsync(api, new { mentorId = free.Id }, Ct)).StatusCode);
        var twice = await mentee.PostAsJsonAsync(api, new { mentorId = free.Id }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("already requested", await twice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await mentee.PostAsJsonAsync(api, new { mentorId = (await given.MentorAsync(programme)).Id }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await mentee.PostAsJsonAsync(api, new { mentorId = (await given.MentorAsync(programme)).Id }, Ct)).StatusCode);
        var fourth = await mentee.PostAsJsonAsync(api, new { mentorId = (await given.MentorAsync(programme)).Id }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, fourth.StatusCode);
        Assert.Contains("up to 3", await fourth.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(3, await App.WithDbAsync(db => db.MentorRequests.CountAsync(r => r.MenteeId == menteePerson.Id)));
    }

    [Fact]
    public async Task The_coordinator_sees_every_request_closes_one_with_a_note_and_assigns_a_mentor_other_coordinators_are_refused()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        await given.MenteesChooseAsync(programme);
        var mentee = await given.MenteeAsync(programme, "Lerato Dube");
        var a = await given.MentorAsync(programme, "Anna Mentor");
        var b = await given.MentorAsync(programme, "Ben Mentor");
        var toA = await given.MentorRequestAsync(programme, mentee, a, "Please");
        var toB = await given.MentorRequestAsync(programme, mentee, b);
        var coordinator = await programme.Coordinator.SignInAsync();

        var page = $"/Programmes/{programme.Id}/MentorRequests/All";
        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync(page, Ct));
        Assert.Contains("Lerato Dube", html, StringComparison.Ordinal);
        Assert.Contains("Mentee choice is on", html, StringComparison.Ordinal);
        var noNote = await ThriveApp.PostFormAsync(coordinator, page + $"?handler=Close&requestId={toA}", new() { ["Close.Note"] = "" }, page);
        Assert.Contains("A note is required", await noNote.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme.Id}/mentor-requests/{toA}/close", new { note = "Anna is on leave." }, Ct)).StatusCode);
        Assert.Equal(MentorRequestState.Pending, await App.WithDbAsync(db => db.MentorRequests.Where(r => r.Id == toB).Select(r => r.State).SingleAsync()));

        var other = await given.ProgrammeAsync();
        var stranger = await other.Coordinator.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/v1/programmes/{programme.Id}/mentor-requests/all", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync($"/api/v1/programmes/{other.Id}/mentor-requests/{toB}/close", new { note = "x" }, Ct)).StatusCode);

        var list = await coordinator.GetFromJsonAsync<PageOf>($"/api/v1/programmes/{programme.Id}/mentor-requests/all", Ct);
        Assert.Equal(2, list!.Total);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme.Id}/mentor-requests/assign", new { menteeId = mentee.Id, mentorId = a.Id }, Ct)).StatusCode);
        Assert.Equal(PairState.Proposed, await App.WithDbAsync(db => db.Pairs.Where(p => p.MenteeId == mentee.Id && p.MentorId == a.Id).Select(p => p.State).SingleAsync()));
        Assert.Equal(MentorRequestState.Closed, await App.WithDbAsync(db => db.MentorRequests.Where(r => r.Id == toB).Select(r => r.State).SingleAsync()));
    }

    private sealed record Row(Guid Id, int Rank, string State, string? Answer);

    private sealed record Own(IReadOnlyList<Row> Sent, IReadOnlyList<Row> Received);

    private sealed record PageOf(IReadOnlyList<Row> Items, int Total);
}
