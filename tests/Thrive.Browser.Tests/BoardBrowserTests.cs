using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Thrive.Browser.Tests;

public sealed class BoardBrowserTests : BrowserTest
{
    private async Task<(Guid ToDo, Guid Doing, Guid Done)> ColumnsAsync() => await App.WithDbAsync(async db =>
    {
        var owner = await db.Users.Where(u => u.Email == "mentee@thrive.test").Select(u => u.Id).SingleAsync();
        var cols = await db.BoardColumns.Where(c => db.Boards.Any(b => b.Id == c.BoardId && b.OwnerId == owner)).OrderBy(c => c.Position).Select(c => c.Id).ToListAsync();
        return (cols[0], cols[1], cols[2]);
    });

    private Task<Guid> ColumnOfAsync(string title) => App.WithDbAsync(db => db.Tasks.Where(t => t.Title == title).Select(t => t.ColumnId).SingleAsync());

    private static ILocator Card(IPage page, string title) => page.Locator("li.board-card", new() { HasTextString = title });

    [Fact]
    public async Task A_card_is_dragged_to_another_column_and_the_move_is_saved()
    {
        var (_, doing, _) = await ColumnsAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, "mentee@thrive.test");
        await page.GotoAsync("/Board");
        await Card(page, "Ask for feedback on my CV").DragToAsync(page.Locator($"ol[data-column-id='{doing}']"));
        await Assertions.Expect(page.Locator("#board-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Card moved|over its limit"));
        Assert.Equal(doing, await ColumnOfAsync("Ask for feedback on my CV"));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($"ol[data-column-id='{doing}']").GetByRole(AriaRole.Link, new() { Name = "Ask for feedback on my CV" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_card_is_moved_with_the_keyboard()
    {
        var (_, _, done) = await ColumnsAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, "mentee@thrive.test");
        await page.GotoAsync("/Board");
        var select = page.GetByLabel("Move \"Book the team retro room\" to");
        await select.FocusAsync();
        await select.SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Card moved");
        Assert.Equal(done, await ColumnOfAsync("Book the team retro room"));
    }

    [Fact]
    public async Task A_blocking_limit_keeps_the_card_where_it_was()
    {
        var (todo, doing, _) = await ColumnsAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, "mentee@thrive.test");
        await page.GotoAsync("/Board");
        var doingColumn = page.Locator("section.board-column", new() { Has = page.Locator($"ol[data-column-id='{doing}']") });
        await doingColumn.GetByText("Column settings").ClickAsync();
        await doingColumn.GetByLabel("Work-in-progress limit").FillAsync("2");
        await doingColumn.GetByLabel("Block moves past the limit").CheckAsync();
        await doingColumn.GetByRole(AriaRole.Button, new() { Name = "Save column" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Limit 2, blocking")).ToBeVisibleAsync();

        await page.GetByLabel("Move \"Portfolio: publish the case study\" to").SelectOptionAsync(new SelectOptionValue { Label = "Doing" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move \"Portfolio: publish the case study\"" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("is at its limit of 2");
        Assert.Equal(todo, await ColumnOfAsync("Portfolio: publish the case study"));

        // Dragging is refused the same way: the fresh board comes back with a message.
        await Card(page, "Portfolio: publish the case study").DragToAsync(page.Locator($"ol[data-column-id='{doing}']"));
        await Assertions.Expect(page.GetByText("at its work-in-progress limit")).ToBeVisibleAsync();
        Assert.Equal(todo, await ColumnOfAsync("Portfolio: publish the case study"));
    }

    [Fact]
    public async Task The_stale_tab_is_refused_and_shown_the_fresh_board()
    {
        var (_, doing, done) = await ColumnsAsync();
        var first = await NewPageAsync();
        await SignInAsync(first, "mentee@thrive.test");
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync("/Board");
        await second.GotoAsync("/Board");

        await first.GetByLabel("Move \"Ask for feedback on my CV\" to").SelectOptionAsync(new SelectOptionValue { Label = "Doing" });
        await first.GetByRole(AriaRole.Button, new() { Name = "Move \"Ask for feedback on my CV\"" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status).First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Card moved|over its limit"));

        await second.GetByLabel("Move \"Ask for feedback on my CV\" to").SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await second.GetByRole(AriaRole.Button, new() { Name = "Move \"Ask for feedback on my CV\"" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Alert).First).ToContainTextAsync("moved or changed in another tab");
        Assert.Equal(doing, await ColumnOfAsync("Ask for feedback on my CV"));
        // The fresh board shows the card where the first tab put it, so the next move works.
        await Assertions.Expect(second.Locator($"ol[data-column-id='{doing}']").GetByRole(AriaRole.Link, new() { Name = "Ask for feedback on my CV" })).ToBeVisibleAsync();
        await second.GetByLabel("Move \"Ask for feedback on my CV\" to").SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await second.GetByRole(AriaRole.Button, new() { Name = "Move \"Ask for feedback on my CV\"" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status).First).ToContainTextAsync("Card moved");
        Assert.Equal(done, await ColumnOfAsync("Ask for feedback on my CV"));
    }

    [Fact]
    public async Task A_drag_from_a_stale_tab_shows_the_stale_notice_not_the_limit_one()
    {
        var (_, doing, done) = await ColumnsAsync();
        var first = await NewPageAsync();
        await SignInAsync(first, "mentee@thrive.test");
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync("/Board");
        await second.GotoAsync("/Board");

        await first.GetByLabel("Move \"Ask for feedback on my CV\" to").SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await first.GetByRole(AriaRole.Button, new() { Name = "Move \"Ask for feedback on my CV\"" }).ClickAsync();
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
        var (_, doing, done) = await ColumnsAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, "mentee@thrive.test");
        await page.GotoAsync("/Board");
        await Card(page, "Book the team retro room").DragToAsync(page.Locator($"ol[data-column-id='{doing}']"));
        await Assertions.Expect(page.Locator("#board-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Card moved|over its limit"));
        Assert.Equal(doing, await ColumnOfAsync("Book the team retro room"));
        await Assertions.Expect(page.GetByLabel("Move \"Book the team retro room\" to")).ToHaveValueAsync(doing.ToString());

        // Without a reload: the form posts the version the drag returned, so it is not refused as stale.
        await page.GetByLabel("Move \"Book the team retro room\" to").SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move \"Book the team retro room\"" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Card moved");
        Assert.Equal(done, await ColumnOfAsync("Book the team retro room"));
    }
}
