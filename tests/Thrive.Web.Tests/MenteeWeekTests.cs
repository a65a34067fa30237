using System.Net;
using System.Text.RegularExpressions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// A mentor sees each active mentee's week on their home page and on the pair page: goals with progress, commitments
/// missed twice, cards in progress too long, open and overdue action items, and what got done since the last session.
/// Nobody else sees it.
/// </summary>
public sealed partial class MenteeWeekTests : WebTest
{
    [GeneratedRegex("<section class=\"mentee-week\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex WeekSection();

    private static List<string> Weeks(string page) =>
        WeekSection().Matches(page).Select(m => WebUtility.HtmlDecode(m.Value)).ToList();

    /// <summary>Daan mentors Lerato (a busy week) and Sam (nothing yet); Lerato's last session was six days ago.</summary>
    private async Task<(Given Given, GivenPair Lerato, GivenPair Sam)> DaanAndHisMenteesAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var daan = await given.MentorAsync(programme, "Daan Jansen");
        var lerato = await given.PairAsync(programme, daan, await given.MenteeAsync(programme, "Lerato Mokoena"));
        var sam = await given.PairAsync(programme, daan, await given.MenteeAsync(programme, "Sam Okafor"));

        var goal = await given.GoalAsync(lerato.Mentee, "Ship the portfolio site");
        await given.CommitmentAsync(lerato.Mentee, startedOn: given.Today.AddDays(-28)); // never checked in: missed twice
        var board = await given.BoardAsync(lerato.Mentee);
        await given.TaskAsync(board, "Rewrite the whole checkout", given.Now.AddDays(-12), started: given.Now.AddDays(-9), goal: goal);
        await given.TaskAsync(board, "Fix the footer links", given.Now.AddDays(-2), started: given.Now.AddDays(-1), goal: goal);
        await given.TaskAsync(board, "Pick a host", given.Now.AddDays(-20), started: given.Now.AddDays(-15), done: given.Now.AddDays(-10), goal: goal);
        await given.TaskAsync(board, "Write the about page", given.Now.AddDays(-5), started: given.Now.AddDays(-4), done: given.Now.AddDays(-2), goal: goal);
        await given.HeldSessionAsync(lerato, daysAgo: 6);
        await given.ActionItemAsync(lerato, lerato.Mentee, "Send Daan the case study draft", given.Today.AddDays(-2), created: given.Now.AddDays(-5));
        await given.ActionItemAsync(lerato, lerato.Mentee, "Read the chapter on estimates", given.Today.AddDays(5));
        await given.ActionItemAsync(lerato, lerato.Mentor, "Introduce Lerato to a designer", given.Today.AddDays(-1), created: given.Now.AddDays(-5));
        return (given, lerato, sam);
    }

    [Fact]
    public async Task The_mentor_sees_each_mentees_week_on_his_home_page()
    {
        var (_, lerato, _) = await DaanAndHisMenteesAsync();
        var daan = await lerato.Mentor.SignInAsync();
        var weeks = Weeks(await daan.GetStringAsync("/", Ct));
        Assert.Equal(2, weeks.Count);
        var hers = Assert.Single(weeks, w => w.Contains("Lerato's week", StringComparison.Ordinal));
        Assert.Contains("Ship the portfolio site", hers, StringComparison.Ordinal);
        Assert.Contains("missed twice", hers, StringComparison.Ordinal);
        Assert.Contains("Rewrite the whole checkout", hers, StringComparison.Ordinal); // in progress for nine days
        Assert.Contains("9 days", hers, StringComparison.Ordinal);
        Assert.DoesNotContain("Fix the footer links", hers, StringComparison.Ordinal); // started yesterday: not stuck
        Assert.Contains("Write the about page", hers, StringComparison.Ordinal); // finished after the last session
        Assert.DoesNotContain("Pick a host", hers, StringComparison.Ordinal); // finished before it
        Assert.Contains("Action items: 2 open", hers, StringComparison.Ordinal); // Daan's own item is not hers
        Assert.Contains("1 overdue", hers, StringComparison.Ordinal);

        var his = Assert.Single(weeks, w => w.Contains("Sam's week", StringComparison.Ordinal));
        Assert.Contains("No active goal yet: help them set one", his, StringComparison.Ordinal);
        Assert.Contains("No session held yet", his, StringComparison.Ordinal);
        Assert.Contains("Nothing stuck", his, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pair_page_shows_the_week_to_the_mentor_only()
    {
        var (given, lerato, _) = await DaanAndHisMenteesAsync();
        var url = $"/Pairs/{lerato.Id}";
        var daan = await lerato.Mentor.SignInAsync();
        var week = Assert.Single(Weeks(await daan.GetStringAsync(url, Ct)));
        Assert.Contains("Lerato's week", week, StringComparison.Ordinal);
        Assert.Contains("missed twice", week, StringComparison.Ordinal);

        // The mentee sees her own work elsewhere; the coordinator sees counts on the programme page, not this.
        var mentee = await lerato.Mentee.SignInAsync();
        Assert.Empty(Weeks(await mentee.GetStringAsync(url, Ct)));
        Assert.Empty(Weeks(await mentee.GetStringAsync("/", Ct)));
        var coordinator = await lerato.Programme.Coordinator.SignInAsync();
        var response = await coordinator.GetAsync(url, Ct);
        if (response.StatusCode == HttpStatusCode.OK)
            Assert.Empty(Weeks(await response.Content.ReadAsStringAsync(Ct)));
        else
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Weeks(await coordinator.GetStringAsync("/", Ct)));

        // Another mentor of the programme never reads her pair.
        var other = await given.MentorAsync(lerato.Programme, "Ines Duarte");
        var stranger = await other.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(url, Ct)).StatusCode);
        Assert.Empty(Weeks(await stranger.GetStringAsync("/", Ct)));
    }

    [Fact]
    public async Task A_completed_pair_shows_no_week()
    {
        var (given, lerato, _) = await DaanAndHisMenteesAsync();
        await App.WithDbAsync(async db =>
        {
            var pair = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Pairs, p => p.Id == lerato.Id, Ct);
            pair.Complete(given.Now);
            await db.SaveChangesAsync(Ct);
            return 0;
        });
        var daan = await lerato.Mentor.SignInAsync();
        Assert.Empty(Weeks(await daan.GetStringAsync($"/Pairs/{lerato.Id}", Ct)));
        Assert.DoesNotContain(Weeks(await daan.GetStringAsync("/", Ct)), w => w.Contains("Lerato's week", StringComparison.Ordinal));
    }

    [GeneratedRegex("<section class=\"card mb-3\" id=\"prepare\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex PrepareCard();

    [Fact]
    public async Task The_next_session_page_prepares_both_with_links_the_last_notes_and_what_got_done_since()
    {
        var (given, lerato, sam) = await DaanAndHisMenteesAsync();
        var next = await given.SessionAsync(lerato, given.Now.AddDays(1));
        await App.WithDbAsync(async db =>
        {
            var held = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Sessions,
                s => s.PairId == lerato.Id && s.Status == Thrive.Domain.Sessions.SessionStatus.Held, Ct);
            held.SaveNotes("We sketched the portfolio's home page and agreed on one host.");
            await db.SaveChangesAsync(Ct);
            return 0;
        });
        var board = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Boards.Where(b => b.OwnerId == lerato.Mentee.Id).Select(b => b.Id), Ct));

        var daan = await lerato.Mentor.SignInAsync();
        var card = WebUtility.HtmlDecode(PrepareCard().Match(await daan.GetStringAsync($"/Sessions/{next.Id}", Ct)).Value);
        Assert.Contains("Lerato's goals", card, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Board/{board}/Flow\"", card, StringComparison.Ordinal);
        Assert.Contains("Write the about page", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Pick a host", card, StringComparison.Ordinal);
        Assert.Contains("We sketched the portfolio's home page", card, StringComparison.Ordinal);

        var mentee = await lerato.Mentee.SignInAsync();
        card = WebUtility.HtmlDecode(PrepareCard().Match(await mentee.GetStringAsync($"/Sessions/{next.Id}", Ct)).Value);
        Assert.Contains("Your board", card, StringComparison.Ordinal);
        Assert.Contains("Write the about page", card, StringComparison.Ordinal);

        // A first session has nothing behind it; a held one is not prepared for any more.
        var first = await given.SessionAsync(sam, given.Now.AddDays(2));
        card = WebUtility.HtmlDecode(PrepareCard().Match(await daan.GetStringAsync($"/Sessions/{first.Id}", Ct)).Value);
        Assert.Contains("Your first session together", card, StringComparison.Ordinal);
        var held = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Sessions.Where(s => s.PairId == lerato.Id && s.Status == Thrive.Domain.Sessions.SessionStatus.Held).Select(s => s.Id), Ct));
        Assert.DoesNotMatch(PrepareCard(), await daan.GetStringAsync($"/Sessions/{held}", Ct));
    }
}
