using Thrive.Domain.Board;
using Thrive.Domain.Common;

namespace Thrive.Domain.Tests;

/// <summary>Moving a card: refusals carry the codes that the board's script and API clients read instead of the words.</summary>
public sealed class BoardTaskTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static (BoardTask Card, BoardColumn ToDo, BoardColumn Doing) Board(int? limit, bool blocks)
    {
        var (board, columns) = TaskBoard.Start(Guid.NewGuid(), Guid.NewGuid(), Now);
        var doing = columns[1];
        Assert.True(doing.Change(doing.Name, doing.Kind, limit, blocks).Succeeded);
        return (BoardTask.Create(board.Id, columns[0], null, "Ask for feedback on my CV", null, null, 0, Now).Value!, columns[0], doing);
    }

    [Fact]
    public void A_move_with_an_old_version_is_refused_as_stale_and_nothing_changes()
    {
        var (card, todo, doing) = Board(null, false);
        var r = card.Move(todo, doing, 0, 0, Guid.NewGuid(), Guid.NewGuid(), Now);
        Assert.Equal((ErrorKind.Conflict, BoardTask.StaleCode), (r.Errors[0].Kind, r.Errors[0].Code));
        Assert.Equal(todo.Id, card.ColumnId);
    }

    [Fact]
    public void A_move_past_a_blocking_limit_is_refused_with_the_limit_code_and_a_warning_limit_lets_it_through()
    {
        var (card, todo, doing) = Board(2, blocks: true);
        var r = card.Move(todo, doing, 0, 2, card.Version, Guid.NewGuid(), Now);
        Assert.Equal((ErrorKind.Conflict, BoardTask.WipLimitCode, "ColumnId"), (r.Errors[0].Kind, r.Errors[0].Code, r.Errors[0].Field));
        Assert.Equal(todo.Id, card.ColumnId);

        var (free, from, to) = Board(2, blocks: false);
        Assert.True(free.Move(from, to, 0, 2, free.Version, Guid.NewGuid(), Now).Succeeded);
        Assert.Equal(to.Id, free.ColumnId);
    }

    [Fact]
    public void Other_refusals_keep_the_code_of_their_kind()
    {
        var (card, todo, _) = Board(null, false);
        var (_, columns) = TaskBoard.Start(Guid.NewGuid(), Guid.NewGuid(), Now);
        var r = card.Move(todo, columns[1], 0, 0, card.Version, Guid.NewGuid(), Now);
        Assert.Equal((ErrorKind.Validation, "validation"), (r.Errors[0].Kind, r.Errors[0].Code));
    }
}
