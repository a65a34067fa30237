using Thrive.Domain.Commitments;

namespace Thrive.Domain.Roles;

/// <summary>A conversation reduced to what the roles map and the goal's measure read.</summary>
public readonly record struct ConversationFact(string RoleKey, string Role, DateOnly HeldOn, int Fit, string PersonName);

/// <summary>A role's conversations counted: how many, the sum of "could I see myself" and the latest day.</summary>
public sealed record RoleTally(string Key, string Role, int Conversations, int FitSum, DateOnly LastHeldOn);

/// <summary>One role on the map: how many conversations, the average "could I see myself doing this?" (null: not explored yet).</summary>
public sealed record RoleInterest(string Role, string Key, int Conversations, double? AverageFit, DateOnly? LastHeldOn, bool OnList)
{
    public bool Explored => Conversations > 0;
}

/// <summary>The roles map and the conversation count that feeds a goal. Pure.</summary>
public static class RolesMap
{
    /// <summary>The conversations of each role: how many, the sum of their fits and the latest day (counted in the database, or by <see cref="Tally"/>).</summary>
    public static IReadOnlyList<RoleTally> Tally(IEnumerable<ConversationFact> conversations) =>
        conversations.GroupBy(c => c.RoleKey)
            .Select(g => new RoleTally(g.Key, g.OrderByDescending(c => c.HeldOn).First().Role, g.Count(), g.Sum(c => c.Fit), g.Max(c => c.HeldOn)))
            .ToList();

    /// <summary>
    /// Every role on the person's list and every role they talked to someone in (even one no longer listed), with the
    /// number of conversations and the average fit; explored roles first, highest average first (more conversations
    /// break a tie), then the roles not explored yet in the list's order.
    /// </summary>
    public static IReadOnlyList<RoleInterest> Of(IEnumerable<string> listed, IEnumerable<RoleTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var byKey = tallies.Where(t => t.Conversations > 0).ToDictionary(t => t.Key);
        var onList = listed.Select(RoleCatalogue.Tidy).DistinctBy(RoleCatalogue.Key).ToList();
        var listedKeys = onList.Select(RoleCatalogue.Key).ToHashSet();
        var explored = byKey.Values.Select(t =>
        {
            var name = onList.FirstOrDefault(n => RoleCatalogue.Key(n) == t.Key) ?? t.Role;
            return new RoleInterest(name, t.Key, t.Conversations, Math.Round((double)t.FitSum / t.Conversations, 1), t.LastHeldOn, listedKeys.Contains(t.Key));
        }).OrderByDescending(r => r.AverageFit).ThenByDescending(r => r.Conversations).ThenBy(r => r.Role, StringComparer.Ordinal);
        var waiting = onList.Where(n => !byKey.ContainsKey(RoleCatalogue.Key(n))).Select(n => new RoleInterest(n, RoleCatalogue.Key(n), 0, null, null, true));
        return explored.Concat(waiting).ToList();
    }

    /// <summary>The role rising to the top: the highest average fit of roles with a conversation (null before the first).</summary>
    public static RoleInterest? Top(IReadOnlyList<RoleInterest> map) => map?.FirstOrDefault(r => r.Explored);

    /// <summary>
    /// The values the conversation count gives a goal's measure, one per day with a conversation, oldest first: the
    /// goal's baseline plus the conversations held up to that day, noted with whom (and their role).
    /// </summary>
    public static IReadOnlyList<GoalPoint> GoalPoints(decimal? baseline, IEnumerable<ConversationFact> conversations)
    {
        var count = baseline ?? 0m;
        var points = new List<GoalPoint>();
        foreach (var day in conversations.GroupBy(c => c.HeldOn).OrderBy(g => g.Key))
        {
            count += day.Count();
            var note = string.Join("; ", day.OrderBy(c => c.PersonName, StringComparer.Ordinal).Select(c => $"{c.PersonName} ({c.Role})"));
            points.Add(new GoalPoint(day.Key, count, note.Length > 200 ? note[..199] + "…" : note));
        }
        return points;
    }
}
