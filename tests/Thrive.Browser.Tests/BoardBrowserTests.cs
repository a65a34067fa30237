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
        await Assertions.Expect(page.Locator($"ol[data-column-id='{doing}']").GetByRole(AriaRole.Link, new() { Name = "Ask for feedback on my CV" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_card_is_moved_with_the_keyboard()
    {
        var (mentee, _, _, done) = await BoardAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, mentee.Email);
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

        await page.GetByLabel("Move \"Portfolio: publish the case study\" to").SelectOptionAsync(new SelectOptionValue { Label = "Doing" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move \"Portfolio: publish the case study\"" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("is at its limit of 2");
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

    /// <summary>Moves the CV card with its Move control (no drag).</summary>
    private static async Task MoveCvCardAsync(IPage page, string column)
    {
        await page.GetByLabel("Move \"Ask for feedback on my CV\" to").SelectOptionAsync(new SelectOptionValue { Label = column });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move \"Ask for feedback on my CV\"" }).ClickAsync();
    }

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
        await Assertions.Expect(second.Locator($"ol[data-column-id='{doing}']").GetByRole(AriaRole.Link, new() { Name = "Ask for feedback on my CV" })).ToBeVisibleAsync();
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
        await Assertions.Expect(page.GetByLabel("Move \"Book the team retro room\" to")).ToHaveValueAsync(doing.ToString());

        // Without a reload: the form posts the version the drag returned, so it is not refused as stale.
        await page.GetByLabel("Move \"Book the team retro room\" to").SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move \"Book the team retro room\"" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Card moved");
        Assert.Equal(done, await ColumnOfAsync("Book the team retro room"));
    }
}
