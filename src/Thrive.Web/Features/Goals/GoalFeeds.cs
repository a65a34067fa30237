namespace Thrive.Web.Features.Goals;

/// <summary>Which tool, if any, already writes a goal's measure: a goal has one source of values, so nothing counts twice.</summary>
public static class GoalFeeds
{
    /// <summary>The name of the group whose progress sets the goal's measure (other than <paramref name="exceptGroupId"/>), or null.</summary>
    public static Task<string?> GroupAsync(ThriveDbContext db, Guid goalId, Guid? exceptGroupId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GroupMembers.Where(m => m.GoalId == goalId && m.GroupId != exceptGroupId)
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => g.Name).FirstOrDefaultAsync(ct);
    }

    /// <summary>A refusal naming the group that measures the goal already, on <paramref name="field"/>; null when no group does.</summary>
    public static async Task<Error?> GroupRefusalAsync(ThriveDbContext db, Guid goalId, string field, string what, CancellationToken ct) =>
        await GroupAsync(db, goalId, null, ct) is { } name
            ? new Error(ErrorKind.Validation, $"Your progress in the group \"{name}\" already measures this goal; {what}", field, "fed_by_group")
            : null;
}
