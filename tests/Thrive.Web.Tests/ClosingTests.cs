using System.Net;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Pairs;
using Thrive.Domain.Relationship;
using Thrive.Domain.Sessions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Closing the relationship (debrief, reflective exercise, roadmap, staying in touch) and the printable journey.</summary>
public sealed class ClosingTests : WebTest
{
    /// <summary>A pair whose mentee has a goal; the outsiders are the coordinator, an admin and a mentee of another pair.</summary>
    private sealed record World(GivenPair Pair, GivenGoal Goal, GivenPerson[] Outsiders);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var goal = await given.GoalAsync(pair.Mentee, template: "intermediate-frontend");
        return new World(pair, goal, [programme.Coordinator, await given.AdminAsync(), (await given.PairAsync(programme)).Mentee]);
    }

    /// <summary>Every debrief and reflective answer filled with "who: question", plus the roadmap for the mentor.</summary>
    private static Dictionary<string, string> Closing(string who, string stay, string how = "", bool roadmap = false)
    {
        var fields = new Dictionary<string, string> { ["Closing.StayInTouch"] = stay, ["Closing.StayInTouchHow"] = how };
        foreach (var (part, name, _) in ClosingAnswers.Empty.Fields())
            if (part != ClosingPart.Roadmap || roadmap) fields[$"Closing.{name}"] = $"{who} on {name}";
        return fields;
    }

    [Fact]
    public async Task Completing_is_refused_until_both_parts_are_done_and_agreed_then_the_pair_completes_read_only()
    {
        var world = await WorldAsync();
        var pair = world.Pair.Id;
        var url = $"/Pairs/{pair}/Close";
        var mentee = await world.Pair.Mentee.SignInAsync();
        var mentor = await world.Pair.Mentor.SignInAsync();

        var tooLong = await ThriveApp.PostFormAsync(mentee, url, new() { ["Closing.Progress"] = new string('p', 2001), ["Closing.StayInTouch"] = "No" });
        Assert.Contains("at most 2000 characters", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.ClosingReflections.AnyAsync(c => c.PairId == pair)));

        var early = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Complete", new(), url);
        var earlyPage = WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync(Ct));
        Assert.Contains("The mentee has not answered all three goal reflections.", earlyPage, StringComparison.Ordinal);
        Assert.Contains("The mentor has not written the roadmap's next steps.", earlyPage, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, url, Closing("Lerato", "Regularly", "Monthly call"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, url, Closing("Daan", "Occasionally", roadmap: true))).StatusCode);
        var disagree = WebUtility.HtmlDecode(await (await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Complete", new(), url)).Content.ReadAsStringAsync(Ct));
        Assert.Contains("You have not agreed on staying in touch yet", disagree, StringComparison.Ordinal);
        Assert.Equal(PairState.Active, await App.WithDbAsync(db => db.Pairs.Where(p => p.Id == pair).Select(p => p.State).SingleAsync()));
        Assert.Contains("Lerato on WhatMadeItWork", await mentor.GetStringAsync(url, Ct), StringComparison.Ordinal); // partners read each other's
        Assert.Contains("Daan on NextSteps", await mentee.GetStringAsync(url, Ct), StringComparison.Ordinal);

        foreach (var person in world.Outsiders)
        {
            var other = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url, Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, url, Closing("Lerato", "Occasionally", "Coffee every few months"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Complete", new(), url)).StatusCode);
        var done = await App.WithDbAsync(db => db.Pairs.Where(p => p.Id == pair).Select(p => new { p.State, p.EndedAt }).SingleAsync());
        Assert.Equal(PairState.Completed, done.State);
        Assert.NotNull(done.EndedAt);

        var closed = await mentor.GetStringAsync(url, Ct);
        Assert.Contains("Closing summary", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("Save my closing", closed, StringComparison.Ordinal);
        var late = await ThriveApp.PostFormAsync(mentor, url, Closing("Daan", "No", roadmap: true), url);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(StayInTouch.Occasionally, await App.WithDbAsync(db => db.ClosingReflections.Where(c => c.PairId == pair && c.AuthorId != world.Pair.Mentee.Id).Select(c => c.StayInTouch).SingleAsync()));

        var coordinator = await world.Pair.Programme.Coordinator.SignInAsync();
        var pairPage = await coordinator.GetStringAsync($"/Pairs/{pair}", Ct);
        Assert.Contains("<strong>occasionally</strong>", pairPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Lerato on", pairPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Coffee every few months", pairPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_journey_holds_what_the_member_may_read_and_never_the_partners_private_notes()
    {
        var world = await WorldAsync();
        var pair = world.Pair.Id;
        var given = Given.In(App);
        var session = await given.SessionAsync(world.Pair, given.Now.AddDays(2));
        var mentee = await world.Pair.Mentee.SignInAsync();
        var mentor = await world.Pair.Mentor.SignInAsync();
        var s = $"/Sessions/{session.Id}";
        await ThriveApp.PostFormAsync(mentee, $"{s}?handler=Notes", new() { ["Notes.Text"] = "We agreed on a portfolio case study" }, s);
        await ThriveApp.PostFormAsync(mentee, $"{s}?handler=Private", new() { ["PrivateNote.Text"] = "Lerato private: nervous about the demo" }, s);
        await ThriveApp.PostFormAsync(mentor, $"{s}?handler=Private", new() { ["PrivateNote.Text"] = "Daan private: push for a deadline" }, s);
        await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair}/Feedback", new() { ["Give.Situation"] = "Your demo on Friday", ["Give.Impact"] = "The team understood the design", ["Give.Action"] = "Do it again next sprint" });

        var url = $"/Pairs/{pair}/Journey";
        var mine = await mentee.GetStringAsync(url, Ct);
        Assert.Contains("We agreed on a portfolio case study", mine, StringComparison.Ordinal);
        Assert.Contains("Lerato private: nervous about the demo", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Daan private", mine, StringComparison.Ordinal);
        Assert.Contains("The team understood the design", mine, StringComparison.Ordinal);
        Assert.Contains("data-print", mine, StringComparison.Ordinal);
        Assert.Contains("/js/print.js", mine, StringComparison.Ordinal);
        var goal = world.Goal.Title;
        Assert.Contains(WebUtility.HtmlEncode(goal), mine, StringComparison.Ordinal);

        var theirs = await mentor.GetStringAsync(url, Ct);
        Assert.Contains("Daan private: push for a deadline", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Lerato private", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(goal), theirs, StringComparison.Ordinal); // the mentee's goals are in the mentee's journey

        foreach (var person in world.Outsiders)
        {
            var other = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task The_journey_sends_the_same_number_of_commands_for_one_session_and_forty()
    {
        var world = await WorldAsync();
        var pair = world.Pair.Id;
        var mentee = await world.Pair.Mentee.SignInAsync();
        var me = world.Pair.Mentee.Id;
        var given = Given.In(App);
        var first = await given.HeldSessionAsync(world.Pair, daysAgo: 60, notes: "Notes of the first session");
        await given.PrivateNoteAsync(first, world.Pair.Mentee, "A note on the first session");
        await given.FeedbackAsync(world.Pair, world.Pair.Mentor);
        var url = $"/Pairs/{pair}/Journey";
        await mentee.GetStringAsync(url, Ct);
        App.Sql.Reset();
        await mentee.GetStringAsync(url, Ct);
        var before = App.Sql.Count;
        await App.WithDbAsync(async db =>
        {
            var partner = await db.Pairs.Where(p => p.Id == pair).Select(p => p.MentorId).SingleAsync();
            for (var i = 0; i < 40; i++)
            {
                var session = MentoringSession.Plan(pair, DateTimeOffset.UtcNow.AddDays(-50 + i), DateTimeOffset.UtcNow.AddDays(-50 + i).AddHours(1));
                db.Sessions.Add(session);
                var note = PrivateNote.Start(session.Id, me);
                note.Save($"note {i}", DateTimeOffset.UtcNow);
                db.PrivateNotes.Add(note);
                db.Feedback.Add(Feedback.Give(pair, partner, me, FeedbackKind.Praise, "s", "i", "a", DateTimeOffset.UtcNow).Value!);
            }
            return await db.SaveChangesAsync();
        });
        await mentee.GetStringAsync(url, Ct); // the navigation's unread count is kept until the app writes: counted here, after the writes above
        App.Sql.Reset();
        var page = await mentee.GetStringAsync(url, Ct);
        Assert.Equal(before, App.Sql.Count);
        Assert.InRange(before, 1, 24);
        Assert.Contains("note 39", page, StringComparison.Ordinal);
    }
}
