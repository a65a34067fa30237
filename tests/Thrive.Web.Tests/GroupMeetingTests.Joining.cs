using System.Net;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed partial class GroupMeetingTests
{
    [Fact]
    public async Task Someone_who_joins_after_meetings_are_scheduled_gets_the_coming_ones_in_one_invitation_and_nobody_else_is_mailed_again()
    {
        var w = await WorldAsync();
        var daan = await w.Daan.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(daan, w, w.Given.Today.AddDays(10), "Weekly")).StatusCode);
        var meetings = await MeetingsAsync(w);

        var ayesha = await w.Ayesha.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(ayesha, $"/Groups?handler=Join&id={w.Group.Id}", [], "/Groups")).StatusCode);
        var welcome = Invites("Welcome to Career circle");
        Assert.All(welcome, i => Assert.Equal((w.Ayesha.Email, "REQUEST", Mailto(w.Daan)), (i.To, i.Method, i.Organizer)));
        Assert.Equal(meetings.Select(m => m.Start), welcome.Select(i => i.Start).Order()); // every coming meeting, in one mail
        Assert.All(welcome, i => Assert.Contains(i.Attendees, a => a.Who == Mailto(w.Ayesha)));
        Assert.All(welcome, i => Assert.Equal(4, i.Attendees.Count)); // she joins the three who were invited before
        Assert.Equal(3, Invites("3 meetings scheduled: Career circle").Select(i => i.To).Distinct().Count()); // the others were not mailed again
    }

    [Fact]
    public async Task Joining_a_group_with_no_meeting_coming_sends_no_mail()
    {
        var w = await WorldAsync();
        var ayesha = await w.Ayesha.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(ayesha, $"/Groups?handler=Join&id={w.Group.Id}", [], "/Groups")).StatusCode);
        Assert.Empty(Invites("Welcome to"));
    }
}
