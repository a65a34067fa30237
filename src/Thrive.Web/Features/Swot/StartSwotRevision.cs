namespace Thrive.Web.Features.Swot;

/// <summary>The owner keeps the latest revision as it is and continues on a dated copy of it (items and links), to compare later.</summary>
public static class StartSwotRevision
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        /// <summary>The new revision's number.</summary>
        public async Task<Result<int>> HandleAsync(Actor actor, Guid analysisId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Swot.Write, analysisId, ct)).Denied is { } denied) return denied;
            var latest = await db.SwotRevisions.Where(r => r.AnalysisId == analysisId).OrderByDescending(r => r.Number).FirstAsync(ct);
            var next = SwotRevision.Next(analysisId, latest.Number, reader.UtcNow);
            db.SwotRevisions.Add(next);
            var items = await db.SwotItems.Where(i => i.RevisionId == latest.Id).AsNoTracking().ToListAsync(ct);
            var copies = items.ToDictionary(i => i.Id, i => SwotItem.Of(next.Id, i.Quadrant, i.Text, i.Position));
            db.SwotItems.AddRange(copies.Values);
            foreach (var l in await db.SwotLinks.Where(l => l.RevisionId == latest.Id).AsNoTracking().ToListAsync(ct))
                db.SwotLinks.Add(SwotLink.Connect(next.Id, copies[l.FromItemId], copies[l.ToItemId]).Value!);
            await db.SaveChangesAsync(ct);
            return next.Number;
        }
    }
}
