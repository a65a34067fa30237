namespace Thrive.Web.Features.Groups;

/// <summary>
/// The reader's groups, the open groups they may join (name, purpose, kind and places only), and, for coordinators,
/// the groups of the programmes they run (to see who is in them).
/// </summary>
public static class ListGroups
{
    public sealed record Row(Guid Id, Guid? ProgrammeId, string ProgrammeName, GroupKind Kind, string Name, string Purpose, int Capacity, int Members,
        JoinPolicy Join, bool Archived, GroupRole? MyRole, string BookTitle)
    {
        public int PlacesLeft => Math.Max(0, Capacity - Members);
        public bool IsFull => Members >= Capacity;
    }

    public sealed record RunnerOf(Guid ProgrammeId, string ProgrammeName);

    public sealed record View(IReadOnlyList<Row> Mine, IReadOnlyList<Row> Joinable, IReadOnlyList<Row> Running, IReadOnlyList<RunnerOf> Runs, bool CanCreate);

    /// <summary>Each list is capped: no one belongs to or could join more groups than this.</summary>
    public const int Max = 100;

    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var me = actor.UserId;
            var places = db.Participants.Where(p => p.UserId == me && p.Status == ApplicationStatus.Accepted && p.Role != ParticipantRole.Coordinator).Select(p => p.ProgrammeId);
            var runs = await db.Participants.Where(p => p.UserId == me && p.Role == ParticipantRole.Coordinator && p.Status == ApplicationStatus.Accepted)
                .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => g)
                .OrderBy(g => g.Name).ThenBy(g => g.Id).Take(50).Select(g => new RunnerOf(g.Id, g.Name)).ToListAsync(ct);
            var runIds = runs.Select(r => r.ProgrammeId).ToList();
            var hasPlace = await places.AnyAsync(ct);

            // One query: my groups, the open ones of my programmes and the community's I am not in, the groups of programmes I run.
            // The three kinds are found apart, each through an index (members by person, groups by programme), and read
            // once: one condition with ORs read every group of the installation (3 ms a page at 10,000 participants).
            var ids = db.GroupMembers.Where(m => m.UserId == me).Select(m => m.GroupId);
            if (hasPlace)
                ids = ids.Union(db.Groups.Where(g => g.ArchivedAt == null && g.Join == JoinPolicy.Open && (g.ProgrammeId == null || places.Contains(g.ProgrammeId.Value)))
                    .Select(g => g.Id));
            if (runIds.Count > 0) ids = ids.Union(db.Groups.Where(g => g.ProgrammeId != null && runIds.Contains(g.ProgrammeId.Value)).Select(g => g.Id));
            var rows = await db.Groups
                .Where(g => ids.Contains(g.Id))
                .OrderBy(g => g.ArchivedAt != null).ThenBy(g => g.Name).ThenBy(g => g.Id).Take(Max * 3)
                .Select(g => new
                {
                    g.Id, g.ProgrammeId, ProgrammeName = db.Programmes.Where(p => p.Id == g.ProgrammeId).Select(p => p.Name).FirstOrDefault(),
                    g.Kind, g.Name, g.Purpose, g.Capacity, Members = db.GroupMembers.Count(m => m.GroupId == g.Id), g.Join, Archived = g.ArchivedAt != null,
                    MyRole = db.GroupMembers.Where(m => m.GroupId == g.Id && m.UserId == me).Select(m => (GroupRole?)m.Role).FirstOrDefault(), g.BookTitle,
                })
                .AsNoTracking().ToListAsync(ct);
            var all = rows.Select(x => new Row(x.Id, x.ProgrammeId, x.ProgrammeName ?? "Community", x.Kind, x.Name, x.Purpose, x.Capacity, x.Members, x.Join, x.Archived, x.MyRole, x.BookTitle)).ToList();
            var mine = all.Where(r => r.MyRole is not null).Take(Max).ToList();
            var running = all.Where(r => r.MyRole is null && r.ProgrammeId is { } p && runIds.Contains(p)).Take(Max).ToList();
            var joinable = all.Where(r => r.MyRole is null && !r.Archived && r.Join == JoinPolicy.Open && !running.Contains(r) && hasPlace).Take(Max).ToList();
            return new View(mine, joinable, running, runs, runs.Count > 0 || actor.IsAdmin);
        }
    }
}
