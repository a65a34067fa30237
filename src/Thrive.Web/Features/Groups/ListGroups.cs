namespace Thrive.Web.Features.Groups;

/// <summary>
/// The reader's groups, a page of the open groups they may join (name, purpose, kind and places only), and, for
/// coordinators, a page of the groups of the programmes they run (to see who is in them).
/// </summary>
public static class ListGroups
{
    /// <summary>
    /// Which page of the groups to join and of the groups of the programmes the reader runs; <see cref="MineOnly"/> reads
    /// only the reader's own groups (their profile), and both pages are then empty.
    /// </summary>
    public sealed record Request(PageRequest Joinable, PageRequest Running, bool MineOnly = false)
    {
        public static Request First { get; } = Of(null, null, null);

        /// <summary>The reader's own groups only.</summary>
        public static Request Mine { get; } = First with { MineOnly = true };

        public static Request Of(int? joinablePage, int? runningPage, int? size) =>
            new(PageRequest.Of(joinablePage, size ?? PageSize), PageRequest.Of(runningPage, size ?? PageSize));
    }

    public sealed record Row(Guid Id, Guid? ProgrammeId, string ProgrammeName, GroupKind Kind, string Name, string Purpose, int Capacity, int Members,
        JoinPolicy Join, bool Archived, GroupRole? MyRole, string BookTitle)
    {
        public int PlacesLeft => Math.Max(0, Capacity - Members);
        public bool IsFull => Members >= Capacity;
    }

    public sealed record RunnerOf(Guid ProgrammeId, string ProgrammeName);

    /// <summary>The lists; <see cref="TakesPart"/> when the reader is an accepted mentor or mentee somewhere (and so may join groups).</summary>
    public sealed record View(IReadOnlyList<Row> Mine, Page<Row> Joinable, Page<Row> Running, IReadOnlyList<RunnerOf> Runs, bool CanCreate, bool TakesPart);

    /// <summary>No one belongs to more groups than this; the reader's own list is not paged.</summary>
    public const int Max = 100;

    /// <summary>Groups to join, and groups of the programmes one runs, a page at a time.</summary>
    public const int PageSize = 20;

    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            var me = actor.UserId;
            var places = db.Participants.Where(p => p.UserId == me && p.Status == ApplicationStatus.Accepted && p.Role != ParticipantRole.Coordinator).Select(p => p.ProgrammeId);
            var runs = await db.Participants.Where(p => p.UserId == me && p.Role == ParticipantRole.Coordinator && p.Status == ApplicationStatus.Accepted)
                .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => g)
                .OrderBy(g => g.Name).ThenBy(g => g.Id).Take(50).Select(g => new RunnerOf(g.Id, g.Name)).ToListAsync(ct);
            var runIds = runs.Select(r => r.ProgrammeId).ToList();

            var mineIds = db.GroupMembers.Where(m => m.UserId == me).Select(m => m.GroupId);
            var mine = await RowsAsync(db.Groups.Where(g => mineIds.Contains(g.Id)), me, 0, Max, ct);

            // Open groups of the reader's programmes and of the community, found apart through the (ProgrammeId, ArchivedAt)
            // index: one condition with an OR read every group of the installation.
            var joinable = Empty(request.Joinable);
            var takesPart = !request.MineOnly && await places.AnyAsync(ct);
            if (takesPart)
            {
                var open = db.Groups.Where(g => g.ProgrammeId == null && g.ArchivedAt == null).Select(g => g.Id)
                    .Union(db.Groups.Where(g => g.ProgrammeId != null && places.Contains(g.ProgrammeId.Value) && g.ArchivedAt == null).Select(g => g.Id));
                var toJoin = db.Groups.Where(g => open.Contains(g.Id) && g.Join == JoinPolicy.Open && !mineIds.Contains(g.Id)
                    && (g.ProgrammeId == null || !runIds.Contains(g.ProgrammeId.Value)));
                joinable = await PageAsync(toJoin, me, request.Joinable, ct);
            }
            var running = runIds.Count == 0 || request.MineOnly ? Empty(request.Running)
                : await PageAsync(db.Groups.Where(g => g.ProgrammeId != null && runIds.Contains(g.ProgrammeId.Value) && !mineIds.Contains(g.Id)), me, request.Running, ct);
            return new View(mine, joinable, running, runs, runs.Count > 0 || actor.IsAdmin, takesPart);
        }

        private static Page<Row> Empty(PageRequest page) => new([], page.Number, page.Size, 0);

        private async Task<Page<Row>> PageAsync(IQueryable<Group> groups, Guid me, PageRequest page, CancellationToken ct)
        {
            var total = await groups.CountAsync(ct);
            return new Page<Row>(await RowsAsync(groups, me, page.Skip, page.Size, ct), page.Number, page.Size, total);
        }

        /// <summary>Running groups first, then by name; with each one's programme, member count and the reader's role.</summary>
        private async Task<List<Row>> RowsAsync(IQueryable<Group> groups, Guid me, int skip, int take, CancellationToken ct)
        {
            var rows = await groups
                .OrderBy(g => g.ArchivedAt != null).ThenBy(g => g.Name).ThenBy(g => g.Id).Skip(skip).Take(take)
                .Select(g => new
                {
                    g.Id, g.ProgrammeId, ProgrammeName = db.Programmes.Where(p => p.Id == g.ProgrammeId).Select(p => p.Name).FirstOrDefault(),
                    g.Kind, g.Name, g.Purpose, g.Capacity, Members = db.GroupMembers.Count(m => m.GroupId == g.Id), g.Join, Archived = g.ArchivedAt != null,
                    MyRole = db.GroupMembers.Where(m => m.GroupId == g.Id && m.UserId == me).Select(m => (GroupRole?)m.Role).FirstOrDefault(), g.BookTitle,
                })
                .AsNoTracking().ToListAsync(ct);
            return rows.Select(x => new Row(x.Id, x.ProgrammeId, x.ProgrammeName ?? "Community", x.Kind, x.Name, x.Purpose, x.Capacity, x.Members, x.Join, x.Archived,
                x.MyRole, x.BookTitle)).ToList();
        }
    }
}
