namespace Thrive.Web.Features.Practice;

/// <summary>
/// The practice log's open items for the rhythm: problems due for a second attempt (home and agenda), this week's count
/// (agenda) and what the programme added up to (journey). One grouped query, whatever the size of the log.
/// </summary>
public sealed class PracticeTool(ThriveDbContext db) : IStoryTool
{
    public async Task<IReadOnlyList<ToolItem>> ItemsAsync(ToolReader reader, ToolItemPlace place, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var today = reader.Today;
        var weekStart = PracticeStats.WeekStart(today);
        var counts = await db.PracticeProblems.Where(p => p.OwnerId == reader.OwnerId && p.ProgrammeId == reader.ProgrammeId)
            .GroupBy(p => 1)
            .Select(g => new
            {
                Total = g.Count(),
                Due = g.Count(p => p.DueOn != null && p.DueOn <= today),
                ThisWeek = g.Count(p => p.SolvedOn >= weekStart && p.SolvedOn <= today),
                Alone = g.Count(p => p.How == SolvedHow.Alone),
            })
            .FirstOrDefaultAsync(ct);
        if (counts is null) return [];
        var link = reader.IsOwner ? "/Practice" : $"/Practice?owner={reader.OwnerId}";
        var items = new List<ToolItem>();
        if (counts.Due > 0)
            items.Add(new ToolItem("Practice", $"{Problems(counts.Due)} {(counts.Due == 1 ? "is" : "are")} due for a second attempt. Solving it again is what makes it stick.", link,
                ToolItemPlace.Home | ToolItemPlace.Agenda, Urgency: 2));
        items.Add(new ToolItem("Practice", $"{Problems(counts.ThisWeek)} solved this week.", link, ToolItemPlace.Agenda));
        items.Add(new ToolItem("Practice", $"{Problems(counts.Total)} solved in the programme, {counts.Alone} of them alone.", link, ToolItemPlace.Journey));
        return items;
    }

    private static string Problems(int n) => n == 1 ? "1 problem" : $"{n} problems";
}
