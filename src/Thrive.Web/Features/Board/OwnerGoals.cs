namespace Thrive.Web.Features.Board;

/// <summary>The goals a board's cards may belong to: its owner's, in the board's programme.</summary>
public static class OwnerGoals
{
    public sealed record GoalOption(Guid Id, string Title);

    /// <summary>What every view of a board shows about it: when a card in progress is too big, and whose board it is.</summary>
    public sealed record BoardHeading(int TooBigAfterDays, string OwnerName);

    /// <summary>The board's heading in one query (the board page and its flow metrics).</summary>
    public static Task<BoardHeading> HeadingAsync(ThriveDbContext db, Guid boardId, CancellationToken ct) => Heading(db, boardId, ct);

    /// <summary>The owner's goals by title, for the board's filter and a card's goal field.</summary>
    public static async Task<List<GoalOption>> ListAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, CancellationToken ct) =>
        await Goals(db, ownerId, programmeId).ToListAsync(ct);

    // Compiled once: every board page asks both (docs/performance.md).
    private static readonly Func<ThriveDbContext, Guid, CancellationToken, Task<BoardHeading>> Heading = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid boardId, CancellationToken ct) => db.Boards.Where(b => b.Id == boardId)
            .Select(b => new BoardHeading(b.TooBigAfterDays, db.Users.Where(u => u.Id == b.OwnerId).Select(u => u.DisplayName).First()))
            .First());

    private static readonly Func<ThriveDbContext, Guid, Guid, IAsyncEnumerable<GoalOption>> Goals = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid ownerId, Guid programmeId) => db.Goals.Where(g => g.OwnerId == ownerId && g.ProgrammeId == programmeId)
            .OrderBy(g => g.Title).ThenBy(g => g.Id).Take(100).Select(g => new GoalOption(g.Id, g.Title)));

    /// <summary>Null when <paramref name="goalId"/> is none (the inbox) or one of the owner's goals; otherwise the error for the goal field.</summary>
    public static async Task<Error?> CheckAsync(ThriveDbContext db, Guid? goalId, Guid ownerId, Guid programmeId, CancellationToken ct) =>
        goalId is { } g && !await db.Goals.AnyAsync(x => x.Id == g && x.OwnerId == ownerId && x.ProgrammeId == programmeId, ct)
            ? Error.Validation("GoalId", "Choose one of your goals, or none for the inbox.")
            : null;
}
