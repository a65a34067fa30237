namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// Wellbeing's open items for the rhythm. To the owner: this week's check-in not done yet and the heavy-stretch signal
/// (home), a prompt to talk about a heavy stretch (agenda), check-ins kept and wins written (journey). To their mentor:
/// only what the owner shared (the shared entries' counts, on the agenda and the journey). Two queries at most.
/// </summary>
public sealed class WellbeingTool(ThriveDbContext db) : IStoryTool
{
    public async Task<IReadOnlyList<ToolItem>> ItemsAsync(ToolReader reader, ToolItemPlace place, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (owner, programme, mine) = (reader.OwnerId, reader.ProgrammeId, reader.IsOwner);
        // A mentor's items show on the agenda and the journey; the owner's home page needs only the recent check-ins.
        if (!mine && place == ToolItemPlace.Home) return [];
        var since = WellbeingCheckIn.WeekOf(reader.Today).AddDays(-7 * (WellbeingSignal.Span - 1) - 7);
        // The owner's last few check-ins (for this week and the signal) with every count, or, for the mentor, shared rows only.
        var recent = !mine ? [] : await db.WellbeingCheckIns.AsNoTracking().Where(c => c.OwnerId == owner && c.ProgrammeId == programme && c.WeekStart >= since)
            .OrderBy(c => c.WeekStart).Select(c => new CheckInPoint(c.WeekStart, c.Stress, c.Energy, c.Sleep, c.Rest, c.WorkInProgress)).ToListAsync(ct);
        if (place == ToolItemPlace.Home) return OwnerItems(reader, recent, totals: null);
        var counts = await db.Programmes.Where(p => p.Id == programme).Select(p => new
        {
            CheckIns = db.WellbeingCheckIns.Count(c => c.OwnerId == owner && c.ProgrammeId == programme && (mine || c.Shared)),
            Wins = db.Wins.Count(w => w.OwnerId == owner && w.ProgrammeId == programme && (mine || w.Shared)),
            Stressors = db.Stressors.Count(s => s.OwnerId == owner && s.ProgrammeId == programme && (mine || s.Shared)),
        }).FirstOrDefaultAsync(ct);
        if (counts is null) return [];
        return mine ? OwnerItems(reader, recent, (counts.CheckIns, counts.Wins)) : MentorItems(reader, counts.CheckIns, counts.Wins, counts.Stressors);
    }

    /// <summary>The owner's items; what the programme added up to only when its <paramref name="totals"/> were read (not for the home page).</summary>
    private static List<ToolItem> OwnerItems(ToolReader reader, List<CheckInPoint> recent, (int CheckIns, int Wins)? totals)
    {
        const string link = "/Wellbeing";
        var items = new List<ToolItem>();
        if (!recent.Any(c => c.WeekStart == WellbeingCheckIn.WeekOf(reader.Today)))
            items.Add(new ToolItem("Wellbeing", "This week's wellbeing check-in is not done yet: two minutes, private to you.", link, ToolItemPlace.Home, Urgency: 1));
        if (WellbeingSignal.Heavy(recent, reader.Today) is not null)
        {
            items.Add(new ToolItem("Wellbeing", HeavyStretch.Prompt, link, ToolItemPlace.Home, Urgency: 2));
            items.Add(new ToolItem("Wellbeing", "Talk about the heavy stretch? Only you see this prompt; share what you want to.", link, ToolItemPlace.Agenda, Urgency: 2));
        }
        if (totals is { } t && (t.CheckIns > 0 || t.Wins > 0))
            items.Add(new ToolItem("Wellbeing", $"{Count(t.CheckIns, "weekly check-in")} kept and {Count(t.Wins, "win")} written down.", link, ToolItemPlace.Journey));
        return items;
    }

    private static List<ToolItem> MentorItems(ToolReader reader, int checkIns, int wins, int stressors)
    {
        if (checkIns + wins + stressors == 0) return [];
        var link = $"/Wellbeing?owner={reader.OwnerId}";
        var shared = $"Shared with you: {Count(checkIns, "check-in")}, {Count(stressors, "stressor")}, {Count(wins, "win")}.";
        return [new ToolItem("Wellbeing", shared, link, ToolItemPlace.Agenda | ToolItemPlace.Journey)];
    }

    private static string Count(int n, string one) => n == 1 ? $"1 {one}" : $"{n} {one}s";
}
