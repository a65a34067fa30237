using System.Net;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class HomeTests : WebTest
{
    [Fact]
    public async Task Mentee_sees_their_mentor_the_week_and_a_next_step()
    {
        var client = await App.SignedInAsync("mentee@thrive.test");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("Week 5 of 12 · Working on goals", html, StringComparison.Ordinal);
        Assert.Contains("Mentor: Daan Jansen", html, StringComparison.Ordinal);
        Assert.Contains("Drive this week's session", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentor_sees_both_of_their_mentees()
    {
        var client = await App.SignedInAsync("mentor@thrive.test");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("Mentee: Lerato Mokoena", html, StringComparison.Ordinal);
        Assert.Contains("Mentee: Kabelo Molefe", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_sees_their_programme_with_counts()
    {
        var client = await App.SignedInAsync("coordinator@thrive.test");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("Programmes you coordinate", html, StringComparison.Ordinal);
        Assert.Contains("Project Thrive · Spring cohort", html, StringComparison.Ordinal);
        Assert.Matches(@"Applications to review</dt><dd class=""stat-value mb-0"">3<", html);
        Assert.Matches(@"Active pairs</dt><dd class=""stat-value mb-0"">6<", html);
    }

    [Fact]
    public async Task Admin_sees_programmes_and_users()
    {
        var client = await App.SignedInAsync("admin@thrive.test");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("All programmes", html, StringComparison.Ordinal);
        Assert.Contains("Users", html, StringComparison.Ordinal);
        Assert.Contains("nandi.applicant@thrive.test", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applicant_is_told_their_application_is_with_the_coordinator()
    {
        var client = await App.SignedInAsync("ayesha.applicant@thrive.test");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("Your application is with the coordinator", html, StringComparison.Ordinal);
    }
}
