using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// What's new: each person's feed of what their partner did in their pair since they last looked, with the unread
/// count in the navigation; opening the feed marks it read. Never the reader's own actions, never another pair's,
/// never anything private.
/// </summary>
public sealed partial class ActivityTests : WebTest
{
    [GeneratedRegex("nav-unread\">(\\d+)<span class=\"visually-hidden\"> unread</span>")]
    private static partial Regex NavBadge();

    private const string Comment = "Daan Jansen commented on your goal “Ship the portfolio site”";
    private const string Feedback = "Daan Jansen gave you feedback";

    /// <summary>Daan mentors Lerato (her goal "Ship the portfolio site"); Ama mentors Sam in the same programme.</summary>
    private async Task<(Given Given, GivenPair Pair, GivenGoal Goal, GivenPair Other)> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, await given.MentorAsync(programme, "Daan Jansen"), await given.MenteeAsync(programme, "Lerato Mokoena"));
        var other = await given.PairAsync(programme, await given.MentorAsync(programme, "Ama Mensah"), await given.MenteeAsync(programme, "Sam Okafor"));
        var goal = await given.GoalAsync(pair.Mentee, "Ship the portfolio site");
        return (given, pair, goal, other);
    }

    private static int NavCount(string page) => NavBadge().Match(page) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static async Task CommentAsync(HttpClient client, Guid goal, string body)
    {
        var r = await ThriveApp.PostFormAsync(client, $"/Goals/{goal}?handler=Comment", new() { ["Comment.Body"] = body }, $"/Goals/{goal}");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
    }

    /// <summary>The mentor comments on the mentee's goal and gives her feedback.</summary>
    private static async Task MentorActsAsync(Given given, GivenPair pair, GivenGoal goal)
    {
        await CommentAsync(await pair.Mentor.SignInAsync(), goal.Id, "Proud of this week's focus.");
        await given.FeedbackAsync(pair, pair.Mentor);
    }

    private static async Task<JsonDocument> ApiAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/v1/activity", Ct));

    [Fact]
    public async Task The_partners_comment_and_feedback_are_unread_until_the_feed_is_opened()
    {
        var (given, pair, goal, _) = await WorldAsync();
        var mentee = await pair.Mentee.SignInAsync();
        Assert.Equal(0, NavCount(await mentee.GetStringAsync("/", Ct)));
        Assert.Contains("What's new", await mentee.GetStringAsync("/", Ct), StringComparison.Ordinal);
        await MentorActsAsync(given, pair, goal);

        Assert.Equal(2, NavCount(await mentee.GetStringAsync("/", Ct)));
        using (var api = await ApiAsync(mentee))
        {
            Assert.Equal(2, api.RootElement.GetProperty("unread").GetInt32());
            Assert.Equal(2, api.RootElement.GetProperty("total").GetInt32());
            var items = api.RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.All(items, i => Assert.True(i.GetProperty("unread").GetBoolean()));
            Assert.Contains(items, i => i.GetProperty("text").GetString() == Comment && i.GetProperty("link").GetString() == $"/Goals/{goal.Id}");
            Assert.Contains(items, i => i.GetProperty("text").GetString() == Feedback && i.GetProperty("link").GetString() == $"/Pairs/{pair.Id}/Feedback");
        }
        // Reading the API does not mark anything read.
        Assert.Equal(2, NavCount(await mentee.GetStringAsync("/", Ct)));

        var feed = WebUtility.HtmlDecode(await mentee.GetStringAsync("/Activity", Ct));
        Assert.Contains(Comment, feed, StringComparison.Ordinal);
        Assert.Contains(Feedback, feed, StringComparison.Ordinal);
        Assert.Contains("2 unread items, now marked read.", feed, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(feed, "activity-unread"));
        Assert.Contains("<h2 class=\"h5\" id=\"day-", feed, StringComparison.Ordinal); // grouped by day
        Assert.Equal(0, NavCount(feed));

        Assert.Equal(0, NavCount(await mentee.GetStringAsync("/", Ct)));
        var again = await mentee.GetStringAsync("/Activity", Ct);
        Assert.Contains(Comment, WebUtility.HtmlDecode(again), StringComparison.Ordinal); // still listed, no longer new
        Assert.DoesNotContain("activity-unread", again, StringComparison.Ordinal);
        using var read = await ApiAsync(mentee);
        Assert.Equal(0, read.RootElement.GetProperty("unread").GetInt32());

        // Something newer than the visit is unread again.
        await CommentAsync(await pair.Mentor.SignInAsync(), goal.Id, "One more thought.");
        Assert.Equal(1, NavCount(await mentee.GetStringAsync("/", Ct)));
    }

    /// <summary>
    /// The count is kept between a reader's pages while nothing is written (it is the dearest command of most pages at
    /// 10,000 participants), and counted again at once after any write and once its time is up.
    /// </summary>
    [Fact]
    public async Task The_unread_count_is_kept_between_pages_until_something_is_written()
    {
        var (given, pair, goal, _) = await WorldAsync();
        var mentee = await pair.Mentee.SignInAsync();
        static bool Counted(IEnumerable<string> commands) => commands.Any(c => c.Contains("\"ActivityReads\"", StringComparison.Ordinal));
        Assert.Equal(0, NavCount(await mentee.GetStringAsync("/Goals", Ct)));
        App.Sql.Reset();
        Assert.Equal(0, NavCount(await mentee.GetStringAsync("/Goals", Ct)));
        Assert.False(Counted(App.Sql.Texts), "The second page counted again though nothing was written.");

        await CommentAsync(await pair.Mentor.SignInAsync(), goal.Id, "Proud of this week's focus.");
        App.Sql.Reset();
        Assert.Equal(1, NavCount(await mentee.GetStringAsync("/Goals", Ct)));
        Assert.True(Counted(App.Sql.Texts), "The page after a write did not count again.");

        // A write this app did not see (another instance's, here one past EF Core) shows once the kept count's time is up.
        await App.WithDbAsync(async db =>
        {
            // Sent on the context's connection directly, so none of its interceptors sees it.
            await using var delete = db.GoalComments.Where(c => c.GoalId == goal.Id).Select(c => c.Id).CreateDbCommand();
            delete.CommandText = "DELETE FROM \"GoalComments\" WHERE \"Id\" IN (" + delete.CommandText + ")";
            await db.Database.OpenConnectionAsync(Ct);
            try { return await delete.ExecuteNonQueryAsync(Ct); }
            finally { await db.Database.CloseConnectionAsync(); }
        });
        App.Clock.Advance(TimeSpan.FromSeconds(new Thrive.Web.Infrastructure.ActivityOptions().UnreadCountSeconds));
        App.Sql.Reset();
        Assert.Equal(0, NavCount(await mentee.GetStringAsync("/Goals", Ct)));
        Assert.True(Counted(App.Sql.Texts), "The page after the kept count's time did not count again.");
    }

    [Fact]
    public async Task The_readers_own_actions_never_appear_in_their_feed()
    {
        var (given, pair, goal, _) = await WorldAsync();
        var mentee = await pair.Mentee.SignInAsync();
        await CommentAsync(mentee, goal.Id, "Started on the about page.");
        await given.FeedbackAsync(pair, pair.Mentee);

        Assert.Equal(0, NavCount(await mentee.GetStringAsync("/", Ct)));
        var feed = await mentee.GetStringAsync("/Activity", Ct);
        Assert.Contains("Nothing new yet", feed, StringComparison.Ordinal);
        using (var api = await ApiAsync(mentee)) Assert.Equal(0, api.RootElement.GetProperty("total").GetInt32());

        // Her mentor hears of both: her comment on her own goal and her feedback to him.
        var mentor = await pair.Mentor.SignInAsync();
        Assert.Equal(2, NavCount(await mentor.GetStringAsync("/", Ct)));
        var his = WebUtility.HtmlDecode(await mentor.GetStringAsync("/Activity", Ct));
        Assert.Contains("Lerato Mokoena commented on their goal “Ship the portfolio site”", his, StringComparison.Ordinal);
        Assert.Contains("Lerato Mokoena gave you feedback", his, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_another_pair_never_sees_them()
    {
        var (given, pair, goal, other) = await WorldAsync();
        await MentorActsAsync(given, pair, goal);
        // Sam's own goal, commented on by his mentor: his feed only.
        var samsGoal = await given.GoalAsync(other.Mentee, "Learn SQL window functions");
        await CommentAsync(await other.Mentor.SignInAsync(), samsGoal.Id, "Try the ranking exercise.");

        foreach (var person in new[] { other.Mentee, other.Mentor, pair.Programme.Coordinator })
        {
            var client = await person.SignInAsync();
            var feed = WebUtility.HtmlDecode(await client.GetStringAsync("/Activity", Ct));
            Assert.DoesNotContain("Ship the portfolio site", feed, StringComparison.Ordinal);
            Assert.DoesNotContain("gave you feedback", feed, StringComparison.Ordinal);
            using var api = await ApiAsync(client);
            Assert.DoesNotContain(api.RootElement.GetProperty("items").EnumerateArray(),
                i => i.GetProperty("link").GetString()!.Contains(goal.Id.ToString(), StringComparison.OrdinalIgnoreCase)
                    || i.GetProperty("link").GetString()!.Contains(pair.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        }
        var sam = await other.Mentee.SignInAsync();
        using (var his = await ApiAsync(sam)) Assert.Equal(1, his.RootElement.GetProperty("total").GetInt32());
        // Lerato sees her mentor's, not Sam's mentor's.
        var lerato = WebUtility.HtmlDecode(await (await pair.Mentee.SignInAsync()).GetStringAsync("/Activity", Ct));
        Assert.DoesNotContain("Learn SQL window functions", lerato, StringComparison.Ordinal);
        Assert.Contains(Comment, lerato, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Private_items_never_appear()
    {
        var (given, pair, _, _) = await WorldAsync();
        var session = await given.HeldSessionAsync(pair, daysAgo: 1);
        await given.PrivateNoteAsync(session, pair.Mentor, "She seemed tired; ask about workload.");
        await given.WellbeingCheckInAsync(pair.Mentor);
        await given.WinAsync(pair.Mentor, "Gave my first conference talk", shared: false);

        var mentee = await pair.Mentee.SignInAsync();
        Assert.Equal(0, NavCount(await mentee.GetStringAsync("/", Ct)));
        var feed = await mentee.GetStringAsync("/Activity", Ct);
        Assert.Contains("Nothing new yet", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("tired", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("conference talk", feed, StringComparison.Ordinal);
        using var api = await ApiAsync(mentee);
        Assert.Equal(0, api.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Action_items_the_partner_writes_and_what_other_group_members_share_appear_but_private_reflections_and_other_groups_do_not()
    {
        var (given, pair, _, other) = await WorldAsync();
        var session = await given.HeldSessionAsync(pair, daysAgo: 1);
        var mentor = await pair.Mentor.SignInAsync();
        var url = $"/Sessions/{session.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Action",
            new() { ["NewAction.Text"] = "Draft the case study", ["NewAction.ForPartner"] = "true" }, url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Action",
            new() { ["NewAction.Text"] = "Send Lerato the talk recording" }, url)).StatusCode);
        // Her own item is no news to her.
        var mentee = await pair.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Action",
            new() { ["NewAction.Text"] = "Book the meeting room" }, url)).StatusCode);

        // A book club of Daan (facilitator), Lerato and Sam: Sam's prompt and shared reflection are news to Lerato; his
        // private reflection on the next part is not. Ama's club, which Lerato is not in, never shows.
        var club = await given.GroupAsync(pair.Programme, pair.Mentor, [pair.Mentee, other.Mentee], parts: 2);
        await given.GroupWorkAsync(club, club.Parts[0], other.Mentee, reflection: "I named the armour in our retro.");
        await given.GroupWorkAsync(club, club.Parts[1], other.Mentee, reflection: "Kept to myself.", privateReflection: true, prompt: "What is your armour?");
        var elsewhere = await given.GroupAsync(pair.Programme, other.Mentor, [other.Mentee], parts: 1, name: "Ama's circle of readers");
        await given.GroupWorkAsync(elsewhere, elsewhere.Parts[0], other.Mentee);

        var feed = WebUtility.HtmlDecode(await mentee.GetStringAsync("/Activity", Ct));
        Assert.Contains("Daan Jansen added an action item for you: “Draft the case study”", feed, StringComparison.Ordinal);
        Assert.Contains("Daan Jansen added an action item for themselves: “Send Lerato the talk recording”", feed, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Sessions/{session.Id}\"", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("Book the meeting room", feed, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(feed, "Sam Okafor added a discussion prompt in Dare to Lead club"));
        Assert.Equal(1, Regex.Count(feed, "Sam Okafor shared a reflection in Dare to Lead club"));
        Assert.Contains($"href=\"/Groups/{club.Id}\"", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("Ama's circle of readers", feed, StringComparison.Ordinal);

        // Daan hears of Lerato's item, not of his own.
        var his = WebUtility.HtmlDecode(await mentor.GetStringAsync("/Activity", Ct));
        Assert.Contains("Lerato Mokoena added an action item for themselves: “Book the meeting room”", his, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft the case study", his, StringComparison.Ordinal);
        // The coordinator is in no pair and no club: nothing.
        var coordinator = WebUtility.HtmlDecode(await (await pair.Programme.Coordinator.SignInAsync()).GetStringAsync("/Activity", Ct));
        Assert.Contains("Nothing new yet", coordinator, StringComparison.Ordinal);
    }

    /// <summary>
    /// The unread count runs on every page, so it must start from the reader's few pairs and their owners' goals and
    /// boards, never read a whole table of comments or moves (at 10,000 participants such a plan took 6 to 8 s a page).
    /// The database is asked for its plan of the very command the app sends; on PostgreSQL with sequential scans
    /// discouraged, so that a scan shows only where no index can serve.
    /// </summary>
    [Fact]
    public async Task The_unread_count_reads_through_indexes_from_the_readers_pairs()
    {
        var (given, pair, goal, _) = await WorldAsync();
        await MentorActsAsync(given, pair, goal);
        var plan = await App.WithDbAsync(async db =>
        {
            var sources = new Thrive.Web.Features.Activity.ActivitySources(db);
            await using var command = sources.Unread(pair.Mentee.Id, DateTimeOffset.UtcNow).CreateDbCommand();
            var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
            await db.Database.OpenConnectionAsync(Ct);
            try
            {
                if (postgres) await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off", Ct);
                command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
                var lines = new List<string>();
                await using (var reader = await command.ExecuteReaderAsync(Ct))
                {
                    while (await reader.ReadAsync(Ct)) lines.Add(reader.GetValue(reader.FieldCount - 1).ToString() ?? "");
                }
                if (postgres) await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan", Ct);
                return lines;
            }
            finally { await db.Database.CloseConnectionAsync(); }
        });
        Assert.NotEmpty(plan);
        // SQLite names a whole-table read "SCAN <alias>" (a co-routine of the query itself is scanned by design);
        // PostgreSQL "Seq Scan on <table>".
        var coroutines = plan.Select(l => Regex.Match(l, @"^(CO-ROUTINE|MATERIALIZE) (\S+)")).Where(m => m.Success).Select(m => m.Groups[2].Value).ToHashSet();
        var scans = plan.Where(l => l.Contains("Seq Scan on", StringComparison.Ordinal)
            || Regex.Match(l, @"^SCAN (\S+)") is { Success: true } m && !coroutines.Contains(m.Groups[1].Value) && !m.Groups[1].Value.StartsWith('(')).ToList();
        Assert.True(scans.Count == 0, "The unread count scans a whole table:\n" + string.Join("\n", plan));
    }
}
