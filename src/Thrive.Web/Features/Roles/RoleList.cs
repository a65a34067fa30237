namespace Thrive.Web.Features.Roles;

/// <summary>A role on a person's list: built in or their own, shown or hidden.</summary>
public sealed record RoleRow(string Name, bool BuiltIn, bool Hidden);

/// <summary>A person's list of roles (the built-in ones, less those hidden, and their own) and their question bank, read from their rows.</summary>
public static class RoleList
{
    public const int OwnLimit = 100;

    public static Task<List<ExplorationRole>> RowsAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, CancellationToken ct) =>
        db.ExplorationRoles.Where(r => r.OwnerId == ownerId && r.ProgrammeId == programmeId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(OwnLimit + RoleCatalogue.BuiltIn.Count).ToListAsync(ct);

    /// <summary>The built-in roles in their order, then the person's own in the order they added them.</summary>
    public static IReadOnlyList<RoleRow> Of(IReadOnlyCollection<ExplorationRole> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var hidden = rows.Where(r => r.Hidden).Select(r => r.Key).ToHashSet();
        return RoleCatalogue.BuiltIn.Select(n => new RoleRow(n, true, hidden.Contains(RoleCatalogue.Key(n))))
            .Concat(rows.Where(r => !r.IsBuiltIn).Select(r => new RoleRow(r.Name, false, r.Hidden))).ToList();
    }

    public static Task<List<RoleQuestion>> OwnQuestionsAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, CancellationToken ct) =>
        db.RoleQuestions.AsNoTracking().Where(q => q.OwnerId == ownerId && q.ProgrammeId == programmeId).OrderBy(q => q.CreatedAt).ThenBy(q => q.Id).Take(OwnLimit).ToListAsync(ct);

    /// <summary>The question bank: the built-in questions and the person's own, by group.</summary>
    public static IReadOnlyList<BankQuestion> Bank(IEnumerable<RoleQuestion> own) =>
        RoleCatalogue.Questions.Concat(own.Select(q => new BankQuestion(q.Key, q.Group, q.Text, true))).OrderBy(q => q.Group).ToList();

    /// <summary>The owner's conversations counted per role in the database: one row per role, never one per conversation.</summary>
    public static Task<List<RoleTally>> TalliesAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, CancellationToken ct) =>
        db.RoleConversations.Where(c => c.OwnerId == ownerId && c.ProgrammeId == programmeId).GroupBy(c => c.RoleKey)
            .Select(g => new RoleTally(g.Key, g.Max(c => c.Role)!, g.Count(), g.Sum(c => c.Fit), g.Max(c => c.HeldOn))).ToListAsync(ct);
}
