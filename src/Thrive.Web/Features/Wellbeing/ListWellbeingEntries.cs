namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// A person's check-ins (newest week first), stressors (newest first, with their strategies) and wins (newest first),
/// each paged: all of them to the owner, only the shared ones to their mentoring partner, nothing to anyone else.
/// </summary>
public static class ListWellbeingEntries
{
    public sealed record Request
    {
        public Guid? Owner { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
        /// <summary>Read only this kind (the API's lists); the other two pages are then empty.</summary>
        public WellbeingEntryKind? Only { get; init; }
    }

    public sealed record View(Guid OwnerId, bool IsOwner, Page<WellbeingCheckIn> CheckIns, Page<StressorRow> Stressors, Page<Win> Wins);

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var found = await WellbeingOwner.FindAsync(places, access, actor, r.Owner, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            var paging = PageRequest.Of(r.Page, r.PageSize);
            bool Reads(WellbeingEntryKind kind) => r.Only is null || r.Only == kind;
            var checkIns = await PageOf(WellbeingRows.CheckIns(db, o).OrderByDescending(c => c.WeekStart).ThenBy(c => c.Id), paging, Reads(WellbeingEntryKind.CheckIn), ct);
            var stressors = await PageOf(WellbeingRows.Stressors(db, o).OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id), paging, Reads(WellbeingEntryKind.Stressor), ct);
            var wins = await PageOf(WellbeingRows.Wins(db, o).OrderByDescending(c => c.On).ThenByDescending(c => c.CreatedAt).ThenBy(c => c.Id), paging,
                Reads(WellbeingEntryKind.Win), ct);
            var rows = await WellbeingRows.WithStrategiesAsync(db, stressors.Items, ct);
            return new View(o.OwnerId, o.All, checkIns, new Page<StressorRow>(rows, stressors.PageNumber, stressors.PageSize, stressors.Total), wins);
        }

        private static async Task<Page<T>> PageOf<T>(IQueryable<T> query, PageRequest paging, bool read, CancellationToken ct) => !read
            ? new([], paging.Number, paging.Size, 0)
            : new(await query.Skip(paging.Skip).Take(paging.Size).ToListAsync(ct), paging.Number, paging.Size, await query.CountAsync(ct));
    }
}
