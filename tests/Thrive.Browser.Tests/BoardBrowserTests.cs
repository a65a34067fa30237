using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

public sealed class BoardBrowserTests : BrowserTest
{
    /// <summary>A mentee's board: three cards to do, two in progress; returns her and its columns.</summary>
    private async Task<(GivenPerson Mentee, Guid ToDo, Guid Doing, Guid Done)> BoardAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var mentee = (await given.PairAsync(programme)).Mentee;
        var board = await given.BoardAsync(mentee);
        foreach (var title in new[] { "Ask for feedback on my CV", "Book the team retro room", "Portfolio: publish the case study" })
            await given.TaskAsync(board, title);
        await given.TaskAsync(board, "Migrate the design system to CSS variables", given.Now.AddDays(-9), started: given.Now.AddDays(-7));
        await given.TaskAsync(board, "Add keyboard shortcuts to the editor", given.Now.AddDays(-2), started: given.Now.AddDays(-1));
        return (mentee, board.ToDo, board.Doing, board.Done);
    }

    private Task<Guid> ColumnOfAsync(string title) => App.WithDbAsync(db => db.Tasks.Where(t => t.Title == title).Select(t => t.ColumnId).SingleAsync());

    private static ILocator Card(IPage page, string title) => page.Locator("li.board-card", new() { HasTextString = title });

    [Fact]
    public async Task A_card_is_dragged_to_another_column_and_the_move_is_saved()
    {
        var (mentee, _, doing, _) = await BoardAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, mentee.Email);
        await page.GotoAsync("/Board");
        await Card(page, "Ask for feedback on my CV").DragToAsync(page.Locator($"ol[data-column-id='{doing}']"));
        await Assertions.Expect(page.Locator("#board-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Card moved|over its limit"));
        Assert.Equal(doing, await ColumnOfAsync("Ask for feedback on my CV"));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($"ol[data-column-id='{doing}']").GetByRole(AriaRole.Link, new() { Name = "Ask for feedback on my CV", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_card_is_moved_with_the_keyboard()
    {
        var (mentee, _, _, done) = await BoardAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, mentee.Email);
        await page.GotoAsync("/Board");
        var open = page.GetByRole(AriaRole.Link, new() { Name = "Move \"Book the team retro room\"" });
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var column = page.GetByLabel("To column");
        await Assertions.Expect(column).ToBeFocusedAsync();
        await column.SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(open).ToBeFocusedAsync(); // focus goes back to the card
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Card moved");
        Assert.Equal(done, await ColumnOfAsync("Book the team retro room"));
    }

    [Fact]
    public async Task A_blocking_limit_keeps_the_card_where_it_was()
    {
        var (mentee, todo, doing, _) = await BoardAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, mentee.Email);
        await page.GotoAsync("/Board");
        var doingColumn = page.Locator("section.board-column", new() { Has = page.Locator($"ol[data-column-id='{doing}']") });
        await doingColumn.GetByText("Column settings").ClickAsync();
        await doingColumn.GetByLabel("Work-in-progress limit").FillAsync("2");
        await doingColumn.GetByLabel("Block moves past the limit").CheckAsync();
        await doingColumn.GetByRole(AriaRole.Button, new() { Name = "Save column" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Limit 2, blocking")).ToBeVisibleAsync();

        await MoveWithDialogAsync(page, "Portfolio: publish the case study", "Doing");
        await Assertions.Expect(page.GetByText("at its work-in-progress limit")).ToBeVisibleAsync();
        Assert.Equal(todo, await ColumnOfAsync("Portfolio: publish the case study"));

        // Dragging is refused the same way: the fresh board comes back with a message.
        await Card(page, "Portfolio: publish the case study").DragToAsync(page.Locator($"ol[data-column-id='{doing}']"));
        await Assertions.Expect(page.GetByText("at its work-in-progress limit")).ToBeVisibleAsync();
        Assert.Equal(todo, await ColumnOfAsync("Portfolio: publish the case study"));
    }

    /// <summary>The mentee's board open in two tabs of one browser, as someone who forgot the first tab.</summary>
    private async Task<(IPage First, IPage Second, Guid Doing, Guid Done)> TwoTabsAsync()
    {
        var (mentee, _, doing, done) = await BoardAsync();
        var first = await NewPageAsync();
        await SignInAsync(first, mentee.Email);
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync("/Board");
        await second.GotoAsync("/Board");
        return (first, second, doing, done);
    }

    /// <summary>Moves a card with its Move button and the board's move dialog (no drag).</summary>
    private static async Task MoveWithDialogAsync(IPage page, string title, string column)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Move \"{title}\"" }).ClickAsync();
        await page.GetByLabel("To column").SelectOptionAsync(new SelectOptionValue { Label = column });
        await page.Locator("#move-dialog").GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
    }

    private static Task MoveCvCardAsync(IPage page, string column) => MoveWithDialogAsync(page, "Ask for feedback on my CV", column);

    [Fact]
    public async Task The_stale_tab_is_refused_and_shown_the_fresh_board()
    {
        var (first, second, doing, done) = await TwoTabsAsync();

        await MoveCvCardAsync(first, "Doing");
        await Assertions.Expect(first.GetByRole(AriaRole.Status).First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Card moved|over its limit"));

        await MoveCvCardAsync(second, "Done");
        await Assertions.Expect(second.GetByRole(AriaRole.Alert).First).ToContainTextAsync("moved or changed in another tab");
        Assert.Equal(doing, await ColumnOfAsync("Ask for feedback on my CV"));
        // The fresh board shows the card where the first tab put it, so the next move works.
        await Assertions.Expect(second.Locator($"ol[data-column-id='{doing}']").GetByRole(AriaRole.Link, new() { Name = "Ask for feedback on my CV", Exact = true })).ToBeVisibleAsync();
        await MoveCvCardAsync(second, "Done");
        await Assertions.Expect(second.GetByRole(AriaRole.Status).First).ToContainTextAsync("Card moved");
        Assert.Equal(done, await ColumnOfAsync("Ask for feedback on my CV"));
    }

    [Fact]
    public async Task A_drag_from_a_stale_tab_shows_the_stale_notice_not_the_limit_one()
    {
        var (first, second, doing, done) = await TwoTabsAsync();

        await MoveCvCardAsync(first, "Done");
        await Assertions.Expect(first.GetByRole(AriaRole.Status).First).ToContainTextAsync("Card moved");

        // The API refuses the drag with code "stale"; board.js shows the fresh board with the matching notice.
        await Card(second, "Ask for feedback on my CV").DragToAsync(second.Locator($"ol[data-column-id='{doing}']"));
        await Assertions.Expect(second.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "moved or changed in another tab" })).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByText("at its work-in-progress limit")).ToHaveCountAsync(0);
        Assert.Equal(done, await ColumnOfAsync("Ask for feedback on my CV"));
    }

    [Fact]
    public async Task After_a_drag_the_cards_own_move_control_carries_its_new_version()
    {
        var (mentee, _, doing, done) = await BoardAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, mentee.Email);
        await page.GotoAsync("/Board");
        await Card(page, "Book the team retro room").DragToAsync(page.Locator($"ol[data-column-id='{doing}']"));
        await Assertions.Expect(page.Locator("#board-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Card moved|over its limit"));
        Assert.Equal(doing, await ColumnOfAsync("Book the team retro room"));

        // Without a reload: the dialog sends the version the drag returned, so it is not refused as stale.
        await MoveWithDialogAsync(page, "Book the team retro room", "Done");
        await Assertions.Expect(page.Locator("#board-status")).ToHaveTextAsync("Card moved to Done.");
        Assert.Equal(done, await ColumnOfAsync("Book the team retro room"));
    }

    [Fact]
    public async Task A_card_is_dragged_by_its_title_and_a_click_on_the_title_still_opens_it()
    {
        var (mentee, _, doing, _) = await BoardAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, mentee.Email);
        await page.GotoAsync("/Board");
        await Card(page, "Ask for feedback on my CV").GetByRole(AriaRole.Link, new() { Name = "Ask for feedback on my CV", Exact = true })
            .DragToAsync(page.Locator($"ol[data-column-id='{doing}']"));
        await Assertions.Expect(page.Locator("#board-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Card moved|over its limit"));
        Assert.Equal(doing, await ColumnOfAsync("Ask for feedback on my CV"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Ask for feedback on my CV", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Tasks/"));
    }

    [Fact]
    public async Task Quick_add_and_rename_in_place_without_a_reload()
    {
        var (mentee, todo, _, _) = await BoardAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, mentee.Email);
        await page.GotoAsync("/Board");
        var quick = page.GetByLabel("New card in To do");
        await quick.FillAsync("Update the README");
        await quick.PressAsync("Enter");
        await Assertions.Expect(page.Locator($"ol[data-column-id='{todo}']").GetByRole(AriaRole.Link, new() { Name = "Update the README", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(quick).ToBeFocusedAsync();
        await Assertions.Expect(quick).ToHaveValueAsync("");
        Assert.Equal(todo, await ColumnOfAsync("Update the README"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Rename \"Update the README\"" }).ClickAsync();
        var edit = page.GetByLabel("New title for \"Update the README\"");
        await edit.FillAsync("Update the README and the licence");
        await edit.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#board-status")).ToHaveTextAsync("Card renamed.");
        Assert.Equal(todo, await ColumnOfAsync("Update the README and the licence"));
        // The renamed card moves at once: its version came back with the rename.
        await MoveWithDialogAsync(page, "Update the README and the licence", "Done");
        await Assertions.Expect(page.Locator("#board-status")).ToHaveTextAsync("Card moved to Done.");
    }
    [Fact]
    public async Task A_long_column_shows_its_other_cards_in_place_and_a_card_moved_to_its_bottom_goes_below_them()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var mentee = (await given.PairAsync(programme)).Mentee;
        var board = await given.BoardAsync(mentee);
        for (var i = 0; i < 45; i++) await given.TaskAsync(board, $"Backlog idea {i}");
        var mover = await given.TaskAsync(board, "Add keyboard shortcuts to the editor", started: given.Now.AddDays(-1));
        var page = await NewPageAsync();
        await SignInAsync(page, mentee.Email);
        await page.GotoAsync("/Board");
        var todo = page.Locator($"ol[data-column-id='{board.ToDo}'] li.board-card");
        await Assertions.Expect(todo).ToHaveCountAsync(Thrive.Web.Features.Board.GetBoard.FirstCards);

        // Moved to the bottom of To do, the card goes below the five cards not drawn: it is the column's last.
        var open = page.GetByRole(AriaRole.Link, new() { Name = "Move \"Add keyboard shortcuts to the editor\"" });
        await open.ClickAsync();
        await page.GetByLabel("To column").SelectOptionAsync(new SelectOptionValue { Label = "To do" });
        await page.GetByLabel("Place").SelectOptionAsync(new SelectOptionValue { Label = "At the bottom" });
        await page.Locator("#move-dialog").GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Card moved");
        await Assertions.Expect(page.Locator($"[data-count-for='{board.ToDo}']")).ToHaveTextAsync("46");
        var last = await App.WithDbAsync(db => db.Tasks.Where(t => t.ColumnId == board.ToDo).OrderByDescending(t => t.Position).Select(t => t.Id).FirstAsync());
        Assert.Equal(mover, last);

        var url = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Show all 46 cards in To do" }).ClickAsync();
        await Assertions.Expect(todo).ToHaveCountAsync(46);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("All 46 cards shown");
        Assert.Equal(url, page.Url); // fetched into the column, not a new page
        await Assertions.Expect(page.Locator($"[data-count-for='{board.ToDo}']")).ToHaveTextAsync("46");
    }
}
