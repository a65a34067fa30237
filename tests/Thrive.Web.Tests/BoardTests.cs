using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Board;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class BoardTests : WebTest
{
    private sealed record Ids(GivenPair Pair, GivenPerson Outsider, Guid Board, Guid ToDo, Guid Doing, Guid Done, Guid Card, Guid Version);

    /// <summary>
    /// Lerato's board: three cards to do (the first by title is the card under test) and two in progress, one of them
    /// started a week ago; with <paramref name="history"/>, ten weeks of finished cards, each week's finished faster.
    /// The outsider is a mentee of another pair, with a board of her own.
    /// </summary>
    private async Task<Ids> LeratoAsync(bool history = false)
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Lerato Mokoena"));
        var outsider = (await given.PairAsync(programme)).Mentee;
        await given.BoardAsync(outsider);
        var board = await given.BoardAsync(pair.Mentee);
        var card = await given.TaskAsync(board, "Ask for feedback on my CV");
        await given.TaskAsync(board, "Book the team retro room");
        await given.TaskAsync(board, "Portfolio: publish the case study");
        await given.TaskAsync(board, "Migrate the design system to CSS variables", given.Now.AddDays(-9), started: given.Now.AddDays(-7));
        await given.TaskAsync(board, "Add keyboard shortcuts to the editor", given.Now.AddDays(-2), started: given.Now.AddDays(-1));
        for (var week = 10; history && week >= 1; week--)
        {
            for (var i = 0; i < 3; i++)
            {
                var created = given.Now.AddDays(-7 * week - 2 + i);
                var started = created.AddHours(6);
                var done = started.AddDays(1.2 + (0.5 * week) + (0.2 * i));
                await given.TaskAsync(board, $"Finished in week -{week}, card {i}", created, started, done < given.Now ? done : given.Now.AddHours(-1));
            }
        }
        var version = await App.WithDbAsync(db => db.Tasks.Where(t => t.Id == card).Select(t => t.Version).SingleAsync());
        return new Ids(pair, outsider, board.Id, board.ToDo, board.Doing, board.Done, card, version);
    }

    private Task<(Guid Column, Guid Version, int Moves)> StateAsync(Guid card) => App.WithDbAsync(async db =>
    {
        var t = await db.Tasks.Where(x => x.Id == card).Select(x => new { x.ColumnId, x.Version }).SingleAsync();
        return (t.ColumnId, t.Version, await db.TaskMoves.CountAsync(m => m.TaskId == card));
    });

    private static Task<HttpResponseMessage> MoveAsync(HttpClient c, Ids ids, Guid column, Guid version) =>
        ThriveApp.PostFormAsync(c, $"/Board/{ids.Board}?handler=Move", new() { ["TaskId"] = ids.Card.ToString(), ["ColumnId"] = column.ToString(), ["Version"] = version.ToString() }, $"/Board/{ids.Board}");

    [Fact]
    public async Task A_card_moves_and_its_history_records_the_move()
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        var before = await StateAsync(ids.Card);
        var r = await MoveAsync(mentee, ids, ids.Doing, ids.Version);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var after = await StateAsync(ids.Card);
        Assert.Equal(ids.Doing, after.Column);
        Assert.Equal(before.Moves + 1, after.Moves);
        Assert.Contains("moved from To do to Doing", await mentee.GetStringAsync($"/Tasks/{ids.Card}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stale_tab_is_refused_with_409_and_nothing_moves()
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(mentee, ids, ids.Doing, ids.Version)).StatusCode);
        var fresh = await StateAsync(ids.Card);
        var stale = await MoveAsync(mentee, ids, ids.Done, ids.Version); // the other tab still has the old version
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("moved or changed in another tab", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(fresh, await StateAsync(ids.Card));

        var api = await mentee.PostAsJsonAsync($"/api/v1/tasks/{ids.Card}/move", new { columnId = ids.Done, version = ids.Version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        var ok = await mentee.PostAsJsonAsync($"/api/v1/tasks/{ids.Card}/move", new { columnId = ids.Done, position = 0, version = fresh.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_blocking_limit_refuses_the_move_and_a_warning_limit_allows_it()
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        // Doing holds two cards; a blocking limit of 2 refuses a third.
        var set = await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Column", new() { ["ColumnId"] = ids.Doing.ToString(), ["Name"] = "Doing", ["Kind"] = "InProgress", ["WipLimit"] = "2", ["WipBlocks"] = "true" }, $"/Board/{ids.Board}");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var blocked = await MoveAsync(mentee, ids, ids.Doing, ids.Version);
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Contains("is at its limit of 2", await blocked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(ids.ToDo, (await StateAsync(ids.Card)).Column);

        await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Column", new() { ["ColumnId"] = ids.Doing.ToString(), ["Name"] = "Doing", ["Kind"] = "InProgress", ["WipLimit"] = "2" }, $"/Board/{ids.Board}");
        var warned = await mentee.PostAsJsonAsync($"/api/v1/tasks/{ids.Card}/move", new { columnId = ids.Doing, version = ids.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("over its limit of 2", await warned.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Columns_of_another_board_and_deleted_columns_are_refused()
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        var foreign = await App.WithDbAsync(db => db.BoardColumns.Where(c => c.BoardId != ids.Board).Select(c => c.Id).FirstAsync());
        var r = await mentee.PostAsJsonAsync($"/api/v1/tasks/{ids.Card}/move", new { columnId = foreign, version = ids.Version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("belongs to another board", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=AddColumn", new() { ["Name"] = "Review", ["Kind"] = "InProgress" }, $"/Board/{ids.Board}");
        var review = await App.WithDbAsync(db => db.BoardColumns.Where(c => c.BoardId == ids.Board && c.Name == "Review").Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await mentee.DeleteAsync($"/api/v1/columns/{review}", Ct)).StatusCode);
        var gone = await mentee.PostAsJsonAsync($"/api/v1/tasks/{ids.Card}/move", new { columnId = review, version = ids.Version }, Ct);
        Assert.Contains("has been deleted", await gone.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var busy = await mentee.DeleteAsync($"/api/v1/columns/{ids.Doing}", Ct);
        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Equal(ids.ToDo, (await StateAsync(ids.Card)).Column);
    }

    [Theory]
    [InlineData("", null, "Title is required")]
    [InlineData("long", null, "at most 200 characters")]
    [InlineData("Fine title", "9999-01-01", "between the years 2000 and 2100")]
    public async Task Bad_tasks_are_explained_and_nothing_is_saved(string title, string? due, string message)
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        var before = await App.WithDbAsync(db => db.Tasks.CountAsync());
        var form = new Dictionary<string, string> { ["Title"] = title == "long" ? new string('t', 10_000) : title };
        if (due is not null) form["DueDate"] = due;
        var r = await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Add", form, $"/Board/{ids.Board}");
        Assert.Contains(message, await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Tasks.CountAsync()));
    }

    [Fact]
    public async Task The_mentor_reads_and_comments_but_cannot_move_and_others_see_nothing()
    {
        var ids = await LeratoAsync();
        var mentor = await ids.Pair.Mentor.SignInAsync();
        var page = await mentor.GetStringAsync($"/Board/{ids.Board}", Ct);
        Assert.Contains("Lerato Mokoena&#x27;s board", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"TaskId\"", page, StringComparison.Ordinal); // no move controls
        var move = await mentor.PostAsJsonAsync($"/api/v1/tasks/{ids.Card}/move", new { columnId = ids.Doing, version = ids.Version }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        Assert.Equal(ids.ToDo, (await StateAsync(ids.Card)).Column);
        var comment = await ThriveApp.PostFormAsync(mentor, $"/Tasks/{ids.Card}?handler=Comment", new() { ["Comment"] = "Split this into two?" }, $"/Tasks/{ids.Card}");
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        foreach (var person in new[] { ids.Outsider, ids.Pair.Programme.Coordinator })
        {
            var other = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Board/{ids.Board}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Tasks/{ids.Card}", Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Checklist_and_the_too_big_flag_show_on_cards()
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        await ThriveApp.PostFormAsync(mentee, $"/Tasks/{ids.Card}?handler=Checklist", new() { ["Text"] = "Draft" }, $"/Tasks/{ids.Card}");
        await ThriveApp.PostFormAsync(mentee, $"/Tasks/{ids.Card}?handler=Checklist", new() { ["Text"] = "Review" }, $"/Tasks/{ids.Card}");
        var item = await App.WithDbAsync(db => db.ChecklistItems.Where(i => i.TaskId == ids.Card && i.Text == "Draft").Select(i => i.Id).SingleAsync());
        await ThriveApp.PostFormAsync(mentee, $"/Tasks/{ids.Card}?handler=Toggle&itemId={item}", new(), $"/Tasks/{ids.Card}");
        var board = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Board/{ids.Board}", Ct));
        Assert.Contains("☑ 1/2", board, StringComparison.Ordinal);
        Assert.Contains("split it into smaller tasks?", board, StringComparison.Ordinal); // the design-system card started a week ago
        var empty = await ThriveApp.PostFormAsync(mentee, $"/Tasks/{ids.Card}?handler=Checklist", new() { ["Text"] = "" }, $"/Tasks/{ids.Card}");
        Assert.Contains("Checklist item is required", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flow_metrics_show_time_to_completion_falling_and_a_forecast()
    {
        var ids = await LeratoAsync(history: true);
        var mentee = await ids.Pair.Mentee.SignInAsync();
        var html = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Board/{ids.Board}/Flow", Ct));
        Assert.Contains("Cycle time is falling by about", html, StringComparison.Ordinal);
        Assert.Matches(@"The remaining \d+ tasks will be done by", html);
        Assert.Contains("Migrate the design system to CSS variables</a> ⚠ too big? split it", html, StringComparison.Ordinal);
        var api = await mentee.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/boards/{ids.Board}/flow", Ct);
        Assert.Equal("Falling", api.GetProperty("trend").GetProperty("verdict").GetString());
        Assert.Equal("Forecast", api.GetProperty("forecast").GetProperty("status").GetString());
        var mentor = await ids.Pair.Mentor.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/Board/{ids.Board}/Flow", Ct)).StatusCode);
        var other = await ids.Outsider.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/boards/{ids.Board}/flow", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_empty_board_says_there_is_not_enough_data()
    {
        var given = Given.In(App);
        var mentee = await (await given.MentorAsync(await given.ProgrammeAsync())).SignInAsync();
        var board = await mentee.GetStringAsync("/Board", Ct);
        var id = System.Text.RegularExpressions.Regex.Match(board, "data-board-id=\"([^\"]+)\"").Groups[1].Value;
        var html = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Board/{id}/Flow", Ct));
        Assert.Contains("Not enough data yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Columns_are_renamed_reordered_and_bad_limits_refused()
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        var bad = await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Column", new() { ["ColumnId"] = ids.Doing.ToString(), ["Name"] = "", ["Kind"] = "InProgress", ["WipLimit"] = "0" }, $"/Board/{ids.Board}");
        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Column name is required", html, StringComparison.Ordinal);
        Assert.Contains("between 1 and 99", html, StringComparison.Ordinal);
        await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Column", new() { ["ColumnId"] = ids.Doing.ToString(), ["Name"] = "In progress", ["Kind"] = "InProgress" }, $"/Board/{ids.Board}");
        await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Shift&direction=-1", new() { ["ColumnId"] = ids.Doing.ToString() }, $"/Board/{ids.Board}");
        var order = await App.WithDbAsync(db => db.BoardColumns.Where(c => c.BoardId == ids.Board && !c.IsDeleted).OrderBy(c => c.Position).Select(c => c.Name).ToListAsync());
        Assert.Equal(["In progress", "To do", "Done"], order);
    }
}
