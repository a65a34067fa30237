namespace Thrive.Web.Features.Evidence;

/// <summary>
/// Evidence and career assets for the rhythm: a review that came back (home), versions waiting for the mentor's review
/// and evidence added this week (agenda, for the owner and their mentor alike: both may read them), and what the
/// programme added up to (journey). Two queries, whatever the size of the lists.
/// </summary>
public sealed class EvidenceTool(ThriveDbContext db) : IStoryTool
{
    /// <summary>How long a review that came back stays on the owner's home page.</summary>
    public const int ReviewBackDays = 7;

    public async Task<IReadOnlyList<ToolItem>> ItemsAsync(ToolReader reader, ToolItemPlace place, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var weekAgo = reader.Today.AddDays(-7);
        // The pieces of evidence show on the agenda and the journey only, never on the home page.
        var kinds = place == ToolItemPlace.Home ? [] : await db.EvidenceItems.Where(e => e.OwnerId == reader.OwnerId && e.ProgrammeId == reader.ProgrammeId)
            .GroupBy(e => e.Kind).Select(g => new KindCount(g.Key, g.Count(), g.Count(e => e.On > weekAgo))).ToListAsync(ct);
        var versions = await db.CareerAssets.Where(a => a.OwnerId == reader.OwnerId && a.ProgrammeId == reader.ProgrammeId)
            .Join(db.AssetVersions, a => a.Id, v => v.AssetId, (a, v) => new { a.Kind, v.Number, v.Review, v.ReviewedAt, v.CreatedAt })
            .OrderBy(v => v.Kind).ThenByDescending(v => v.Number).Take(100).ToListAsync(ct);
        var owner = reader.IsOwner;
        var link = owner ? "/Evidence" : $"/Evidence?owner={reader.OwnerId}";
        var assetsLink = owner ? "/Evidence/Assets" : $"/Evidence/Assets?owner={reader.OwnerId}";
        var items = new List<ToolItem>();
        var since = new DateTimeOffset(reader.Today.AddDays(-ReviewBackDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var back in versions.Where(v => v.Review == ReviewState.Reviewed && v.ReviewedAt >= since))
            items.Add(new ToolItem("Evidence", $"Your mentor reviewed version {back.Number} of your {AssetKinds.Name(back.Kind)}: read their comments.", assetsLink, ToolItemPlace.Home, Urgency: 1));
        foreach (var waiting in versions.Where(v => v.Review == ReviewState.Requested))
            items.Add(new ToolItem("Evidence", $"Version {waiting.Number} of the {AssetKinds.Name(waiting.Kind)} is waiting for the mentor's review.", assetsLink, ToolItemPlace.Agenda, Urgency: 1));
        var recent = kinds.Sum(k => k.Recent);
        if (recent > 0) items.Add(new ToolItem("Evidence", $"{Pieces(recent)} of evidence added this week.", link, ToolItemPlace.Agenda));
        var total = kinds.Sum(k => k.N);
        if (total > 0)
            items.Add(new ToolItem("Evidence", $"{Pieces(total)} of evidence: {string.Join(", ", kinds.Where(k => k.N > 0).OrderBy(k => k.Key).Select(k => EvidenceKinds.Plural(k.Key, k.N)))}.", link, ToolItemPlace.Journey));
        var updated = versions.GroupBy(v => v.Kind).Select(g => (g.Key, g.Max(v => v.Number))).Where(x => x.Item2 > 1).ToList();
        if (updated.Count > 0)
            items.Add(new ToolItem("Evidence", $"Career assets updated: {string.Join(", ", updated.Select(x => $"{AssetKinds.Name(x.Key)} to version {x.Item2}"))}.", assetsLink, ToolItemPlace.Journey));
        return items;
    }

    private sealed record KindCount(EvidenceKind Key, int N, int Recent);

    private static string Pieces(int n) => n == 1 ? "1 piece" : $"{n} pieces";
}
