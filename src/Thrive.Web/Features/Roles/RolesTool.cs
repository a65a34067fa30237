using System.Globalization;

namespace Thrive.Web.Features.Roles;

/// <summary>
/// Role exploration's open items for the rhythm: two weeks or more without a conversation (home), the latest
/// conversation's takeaways and the role rising to the top (agenda), and what the exploration added up to (journey).
/// Two queries: the conversations counted per role, and the latest one.
/// </summary>
public sealed class RolesTool(ThriveDbContext db) : IStoryTool
{
    /// <summary>Days without a conversation after which the home page asks to arrange the next one.</summary>
    public const int QuietDays = 14;
    private const int Excerpt = 120;

    public async Task<IReadOnlyList<ToolItem>> ItemsAsync(ToolReader reader, ToolItemPlace place, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var mine = db.RoleConversations.Where(c => c.OwnerId == reader.OwnerId && c.ProgrammeId == reader.ProgrammeId);
        var latest = await mine.AsNoTracking().OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.CreatedAt).ThenBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (latest is null) return [];
        var link = reader.IsOwner ? "/Roles" : $"/Roles?owner={reader.OwnerId}";
        var quiet = reader.Today.DayNumber - latest.HeldOn.DayNumber;
        var nudge = new ToolItem("Roles", $"No conversation with someone in another role for {quiet / 7} weeks. Arrange the next one: who would you ask?", link,
            ToolItemPlace.Home | ToolItemPlace.Agenda, Urgency: 1);
        // The home page shows only the nudge: the tallies of every role are read for the agenda and the journey.
        if (place == ToolItemPlace.Home) return quiet >= QuietDays ? [nudge] : [];
        var tallies = await RoleList.TalliesAsync(db, reader.OwnerId, reader.ProgrammeId, ct);
        var map = RolesMap.Of([], tallies);
        var top = RolesMap.Top(map)!;
        var total = tallies.Sum(t => t.Conversations);
        var items = new List<ToolItem>();
        if (quiet >= QuietDays) items.Add(nudge);
        items.Add(new ToolItem("Roles", Takeaways(latest), link, ToolItemPlace.Agenda));
        items.Add(new ToolItem("Roles", $"Rising to the top: {top.Role}, {Fit(top.AverageFit!.Value)} of 5 over {Conversations(top.Conversations)}.", link, ToolItemPlace.Agenda));
        items.Add(new ToolItem("Roles", $"{Conversations(total)} held across {(map.Count == 1 ? "1 role" : $"{map.Count} roles")}; the role that fits best so far: {top.Role} ({Fit(top.AverageFit!.Value)} of 5).",
            link, ToolItemPlace.Journey));
        return items;
    }

    private static string Takeaways(RoleConversation c)
    {
        var parts = new List<string> { $"Latest conversation: {c.PersonName} ({c.Role}) on {c.HeldOn.ToString("d MMM", CultureInfo.InvariantCulture)}" };
        if (c.Liked.Length > 0) parts.Add($"liked: {Cut(c.Liked)}");
        if (c.Disliked.Length > 0) parts.Add($"disliked: {Cut(c.Disliked)}");
        parts.Add($"could see myself doing it: {c.Fit} of 5");
        return string.Join("; ", parts) + ".";
    }

    private static string Cut(string s)
    {
        var line = s.ReplaceLineEndings(" ").TrimEnd('.', ' ');
        return line.Length <= Excerpt ? line : line[..(Excerpt - 1)].TrimEnd() + "…";
    }

    private static string Fit(double f) => f.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Conversations(int n) => n == 1 ? "1 conversation" : $"{n} conversations";
}
