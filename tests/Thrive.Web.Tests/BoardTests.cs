using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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
        ThriveApp.PostFormAsync(c, $"/Board/{ids.Board}?handler=Move", new() { ["TaskId"] = ids.Card.ToString(), ["Move.ColumnId"] = column.ToString(), ["Move.Version"] = version.ToString() }, $"/Board/{ids.Board}");

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
        var set = await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Column", new() { ["ColumnId"] = ids.Doing.ToString(), ["Column.Name"] = "Doing", ["Column.Kind"] = "InProgress", ["Column.WipLimit"] = "2", ["Column.WipBlocks"] = "true" }, $"/Board/{ids.Board}");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var blocked = await MoveAsync(mentee, ids, ids.Doing, ids.Version);
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Contains("is at its limit of 2", await blocked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(ids.ToDo, (await StateAsync(ids.Card)).Column);

        await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Column", new() { ["ColumnId"] = ids.Doing.ToString(), ["Column.Name"] = "Doing", ["Column.Kind"] = "InProgress", ["Column.WipLimit"] = "2" }, $"/Board/{ids.Board}");
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

        await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=AddColumn", new() { ["NewColumn.Name"] = "Review", ["NewColumn.Kind"] = "InProgress" }, $"/Board/{ids.Board}");
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
        var form = new Dictionary<string, string> { ["Add.Title"] = title == "long" ? new string('t', 10_000) : title };
        if (due is not null) form["Add.DueDate"] = due;
        var r = await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Add", form, $"/Board/{ids.Board}");
        var page = await r.Content.ReadAsStringAsync(Ct);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Tasks.CountAsync()));
        // What she typed is still in the form, to correct rather than retype.
        if (title == "Fine title") Assert.Contains("name=\"Add.Title\" value=\"Fine title\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mentor_reads_and_comments_but_cannot_move_and_others_see_nothing()
    {
        var ids = await LeratoAsync();
        var mentor = await ids.Pair.Mentor.SignInAsync();
        var page = await mentor.GetStringAsync($"/Board/{ids.Board}", Ct);
        Assert.Contains("Lerato Mokoena&#x27;s board", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Move.ColumnId\"", page, StringComparison.Ordinal); // no move controls
        Assert.DoesNotContain("class=\"card-move\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"quick-add", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PutAsJsonAsync($"/api/v1/tasks/{ids.Card}/title", new { title = "Mine now", version = ids.Version }, Ct)).StatusCode);
        var move = await mentor.PostAsJsonAsync($"/api/v1/tasks/{ids.Card}/move", new { columnId = ids.Doing, version = ids.Version }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        Assert.Equal(ids.ToDo, (await StateAsync(ids.Card)).Column);
        var comment = await ThriveApp.PostFormAsync(mentor, $"/Tasks/{ids.Card}?handler=Comment", new() { ["Comment.Body"] = "Split this into two?" }, $"/Tasks/{ids.Card}");
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
        await ThriveApp.PostFormAsync(mentee, $"/Tasks/{ids.Card}?handler=Checklist", new() { ["Checklist.Text"] = "Draft" }, $"/Tasks/{ids.Card}");
        await ThriveApp.PostFormAsync(mentee, $"/Tasks/{ids.Card}?handler=Checklist", new() { ["Checklist.Text"] = "Review" }, $"/Tasks/{ids.Card}");
        var item = await App.WithDbAsync(db => db.ChecklistItems.Where(i => i.TaskId == ids.Card && i.Text == "Draft").Select(i => i.Id).SingleAsync());
        await ThriveApp.PostFormAsync(mentee, $"/Tasks/{ids.Card}?handler=Toggle&itemId={item}", new(), $"/Tasks/{ids.Card}");
        var board = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Board/{ids.Board}", Ct));
        Assert.Contains("checklist 1/2", board, StringComparison.Ordinal);
        Assert.Contains("split it into smaller tasks?", board, StringComparison.Ordinal); // the design-system card started a week ago
        var empty = await ThriveApp.PostFormAsync(mentee, $"/Tasks/{ids.Card}?handler=Checklist", new() { ["Checklist.Text"] = "" }, $"/Tasks/{ids.Card}");
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
        Assert.Matches(@"(?s)Migrate the design system to CSS variables</a> <svg class=""icon""[^>]*>.*?</svg> too big\? split it", html);
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
        var bad = await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Column", new() { ["ColumnId"] = ids.Doing.ToString(), ["Column.Name"] = "", ["Column.Kind"] = "InProgress", ["Column.WipLimit"] = "0" }, $"/Board/{ids.Board}");
        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Column name is required", html, StringComparison.Ordinal);
        Assert.Contains("between 1 and 99", html, StringComparison.Ordinal);
        await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Column", new() { ["ColumnId"] = ids.Doing.ToString(), ["Column.Name"] = "In progress", ["Column.Kind"] = "InProgress" }, $"/Board/{ids.Board}");
        await ThriveApp.PostFormAsync(mentee, $"/Board/{ids.Board}?handler=Shift", new() { ["ColumnId"] = ids.Doing.ToString(), ["Shift.Direction"] = "-1" }, $"/Board/{ids.Board}");
        var order = await App.WithDbAsync(db => db.BoardColumns.Where(c => c.BoardId == ids.Board && !c.IsDeleted).OrderBy(c => c.Position).Select(c => c.Name).ToListAsync());
        Assert.Equal(["In progress", "To do", "Done"], order);
    }

    [Fact]
    public async Task Refusals_carry_a_code_that_scripts_and_board_js_read_instead_of_words()
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        static async Task<string?> CodeOf(HttpResponseMessage r)
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            return (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString();
        }

        Assert.Equal(HttpStatusCode.OK, (await mentee.PostAsJsonAsync($"/api/v1/tasks/{ids.Card}/move", new { columnId = ids.Doing, version = ids.Version }, Ct)).StatusCode);
        Assert.Equal("stale", await CodeOf(await mentee.PostAsJsonAsync($"/api/v1/tasks/{ids.Card}/move", new { columnId = ids.Done, version = ids.Version }, Ct)));
        Assert.Equal("stale", await CodeOf(await mentee.PutAsJsonAsync($"/api/v1/tasks/{ids.Card}", new { title = "Renamed", version = ids.Version }, Ct)));

        // Doing now holds three cards: a blocking limit of 3 refuses a fourth, whether moved or added there.
        Assert.Equal(HttpStatusCode.NoContent, (await mentee.PutAsJsonAsync($"/api/v1/columns/{ids.Doing}", new { name = "Doing", kind = "InProgress", wipLimit = 3, wipBlocks = true }, Ct)).StatusCode);
        var other = await App.WithDbAsync(db => db.Tasks.Where(t => t.ColumnId == ids.ToDo).Select(t => new { t.Id, t.Version }).FirstAsync());
        Assert.Equal("wip_limit", await CodeOf(await mentee.PostAsJsonAsync($"/api/v1/tasks/{other.Id}/move", new { columnId = ids.Doing, version = other.Version }, Ct)));
        Assert.Equal("wip_limit", await CodeOf(await mentee.PostAsJsonAsync($"/api/v1/boards/{ids.Board}/tasks", new { title = "One more", columnId = ids.Doing }, Ct)));
        Assert.Equal(ids.ToDo, (await StateAsync(other.Id)).Column);
    }

    [Fact]
    public async Task A_card_is_renamed_in_place_and_the_answer_carries_its_new_version()
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        var url = $"/api/v1/tasks/{ids.Card}/title";
        var renamed = await mentee.PutAsJsonAsync(url, new { title = "  Ask two people for CV feedback  ", version = ids.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var body = await renamed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Ask two people for CV feedback", body.GetProperty("title").GetString());
        var (column, version, _) = await StateAsync(ids.Card);
        Assert.Equal(version, body.GetProperty("version").GetGuid());
        Assert.Equal(ids.ToDo, column);
        Assert.Equal("Ask two people for CV feedback", await App.WithDbAsync(db => db.Tasks.Where(t => t.Id == ids.Card).Select(t => t.Title).SingleAsync()));

        // The old version is stale; a blank or overlong title is refused by field; none of them changes the card.
        var stale = await mentee.PutAsJsonAsync(url, new { title = "Other", version = ids.Version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("\"stale\"", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var blank = await mentee.PutAsJsonAsync(url, new { title = " ", version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("Title", await blank.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await mentee.PutAsJsonAsync(url, new { title = new string('x', 201), version }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await mentee.PutAsJsonAsync(url, new { title = "No version" }, Ct)).StatusCode);
        Assert.Equal(version, (await StateAsync(ids.Card)).Version);
        var outsider = await ids.Outsider.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PutAsJsonAsync(url, new { title = "Hers", version }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Quick_add_puts_the_card_in_its_column_for_the_goal_the_board_is_filtered_by()
    {
        var ids = await LeratoAsync();
        var goal = await Given.In(App).GoalAsync(ids.Pair.Mentee, "Ship the portfolio site");
        var mentee = await ids.Pair.Mentee.SignInAsync();
        var url = $"/Board/{ids.Board}";
        var page = await mentee.GetStringAsync($"{url}?goal={goal.Id}", Ct);
        Assert.Contains($"name=\"Add.GoalId\" value=\"{goal.Id}\" id=\"qag-{ids.Doing}\"", page, StringComparison.Ordinal);
        var added = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Add&goal={goal.Id}",
            new() { ["Add.Title"] = "Draft the about page", ["Add.ColumnId"] = ids.Doing.ToString(), ["Add.GoalId"] = goal.Id.ToString() }, url);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var card = await App.WithDbAsync(db => db.Tasks.Where(t => t.Title == "Draft the about page").Select(t => new { t.ColumnId, t.GoalId }).SingleAsync());
        Assert.Equal(ids.Doing, card.ColumnId);
        Assert.Equal(goal.Id, card.GoalId);

        // Blank: the page says why and nothing is added.
        var blank = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Add", new() { ["Add.Title"] = "", ["Add.ColumnId"] = ids.Doing.ToString() }, url);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Title", await blank.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Tasks.CountAsync(t => t.ColumnId == ids.Doing && t.Title == "Draft the about page")));
    }

    [Fact]
    public async Task A_long_column_draws_its_first_cards_and_shows_the_rest_on_demand()
    {
        var ids = await LeratoAsync();
        var given = Given.In(App);
        var board = new GivenBoard(ids.Board, ids.Pair.Mentee, ids.ToDo, ids.Doing, ids.Done);
        for (var i = 0; i < 42; i++) await given.TaskAsync(board, $"Backlog idea {i}");
        var mentee = await ids.Pair.Mentee.SignInAsync();
        static int Cards(string html) => Regex.Count(html, "data-task-id=\"[0-9a-f-]{36}\"");

        var page = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Board/{ids.Board}", Ct));
        Assert.Equal(Features.Board.GetBoard.FirstCards + 2, Cards(page)); // To do's first cards and Doing's two
        Assert.Contains($"data-column-id=\"{ids.ToDo}\" data-hidden=\"5\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Board/{ids.Board}?all={ids.ToDo}#col-{ids.ToDo}\"", page, StringComparison.Ordinal);
        Assert.Matches(@"Show all 45 cards<span class=""visually-hidden""> in To do</span></a> <span class=""muted"">\(5 more hidden\)", page);
        Assert.Contains($"<span class=\"small muted\" data-count-for=\"{ids.ToDo}\">45</span>", page, StringComparison.Ordinal);

        var all = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Board/{ids.Board}?all={ids.ToDo}", Ct));
        Assert.Equal(47, Cards(all));
        Assert.DoesNotContain("Show all 45 cards", all, StringComparison.Ordinal);
        // A column of another board asked for in full changes nothing.
        Assert.Equal(Features.Board.GetBoard.FirstCards + 2, Cards(await mentee.GetStringAsync($"/Board/{ids.Board}?all={Guid.NewGuid()}", Ct)));
    }

    [Fact]
    public async Task The_board_page_gives_every_card_and_column_form_its_own_ids()
    {
        var ids = await LeratoAsync();
        var mentee = await ids.Pair.Mentee.SignInAsync();
        var page = await mentee.GetStringAsync($"/Board/{ids.Board}", Ct);
        var all = Regex.Matches(page, "\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains($"qa-{ids.Doing}", all);
        Assert.Contains($"cn-{ids.Doing}", all);
        Assert.Contains("move-dialog-column", all);
        Assert.Empty(all.GroupBy(x => x, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        // One move dialog for the board, not a form per card; each card's Move opens its page's move form without JavaScript.
        Assert.Single(Regex.Matches(page, "name=\"Move.ColumnId\""));
        Assert.Contains($"href=\"/Tasks/{ids.Card}#move\"", page, StringComparison.Ordinal);
        Assert.Equal(["InProgress"], SelectedIn(page, $"ck-{ids.Doing}"));
    }

    /// <summary>The values of the selected options of the select with this id.</summary>
    private static List<string> SelectedIn(string page, string id)
    {
        var select = Regex.Match(page, $"<select[^>]*id=\"{id}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(select, "<option([^>]*)>").Select(m => m.Groups[1].Value)
            .Where(a => Regex.IsMatch(a, "\\sselected(=|\\s|$)"))
            .Select(a => Regex.Match(a, "value=\"([^\"]*)\"").Groups[1].Value).ToList();
    }

    [Fact]
    public async Task Every_board_operation_documents_its_answer_and_its_problems()
    {
        var doc = JsonNode.Parse(await App.Anonymous().GetStringAsync("/openapi/v1.json", Ct))!;
        var conflicts = new HashSet<string>(StringComparer.Ordinal) { "AddTask", "MoveTask", "EditTask", "ChangeColumn", "DeleteColumn" };
        var ops = doc["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => m.Value!))
            .Where(op => op["tags"]!.AsArray().Any(t => t!.GetValue<string>() == "Board")).ToList();
        Assert.Equal(12, ops.Count);
        foreach (var op in ops)
        {
            var name = op["operationId"]!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(op["summary"]?.GetValue<string>()), $"{name} has no summary");
            var responses = op["responses"]!.AsObject();
            var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
            Assert.True(success.Count == 1, $"{name} states {success.Count} successes");
            Assert.True(success[0].Key == "204" || success[0].Value!["content"]?["application/json"]?["schema"] is not null, $"{name}: {success[0].Key} without a schema");
            foreach (var status in conflicts.Contains(name) ? new[] { "400", "403", "404", "409" } : ["400", "403", "404"])
                Assert.True(responses[status]?["content"]?["application/problem+json"] is not null, $"{name}: no ProblemDetails for {status}");
        }
    }

    [Theory]
    [InlineData("Africa/Johannesburg", 23, 30)] // UTC+2: still the reader's evening
    [InlineData("America/New_York", 20, 0)] // UTC-5 in winter: UTC is already tomorrow
    public async Task Flow_metrics_count_days_in_the_readers_time_zone(string zone, int hour, int minute)
    {
        var ids = await LeratoAsync();
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == ids.Pair.Mentee.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.TimeZone, zone)));
        var today = AdvanceTo(zone, new TimeOnly(hour, minute));
        var mentee = await ids.Pair.Mentee.SignInAsync();
        var flow = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/boards/{ids.Board}/flow", Ct);
        Assert.Equal(today, DateOnly.Parse(flow.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var days = flow.GetProperty("cumulativeFlow").EnumerateArray().Select(d => d.GetProperty("day").GetString()).ToList();
        Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), days[^1]);
        var page = await mentee.GetStringAsync($"/Board/{ids.Board}/Flow", Ct);
        Assert.Contains($"data-x=\"{today:yyyy-MM-dd}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-x=\"{today.AddDays(1):yyyy-MM-dd}\"", page, StringComparison.Ordinal);
    }

    /// <summary>Moves the app's clock forward to the next <paramref name="local"/> time of day in <paramref name="zone"/>; the reader's day then.</summary>
    private DateOnly AdvanceTo(string zone, TimeOnly local)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var now = App.Clock.GetUtcNow();
        var target = TimeZoneInfo.ConvertTime(now, tz).Date + local.ToTimeSpan();
        if (new DateTimeOffset(target, tz.GetUtcOffset(target)) <= now) target = target.AddDays(1);
        var instant = new DateTimeOffset(target, tz.GetUtcOffset(target));
        App.Clock.Advance(instant - now);
        return DateOnly.FromDateTime(target);
    }
}
