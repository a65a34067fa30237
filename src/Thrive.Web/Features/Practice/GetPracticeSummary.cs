namespace Thrive.Web.Features.Practice;

/// <summary>
/// The practice log at a glance, as of the reader's today: problems per week against the weekly target (the log's own
/// or one of the owner's commitments'), topic coverage and the topics not touched yet, and the problems due for a
/// second attempt. A fixed number of queries, whatever the size of the log.
/// </summary>
public static class GetPracticeSummary
{
    public const int Weeks = 12;
    public const int DueShown = 20;

    /// <summary>A commitment the target can follow.</summary>
    public sealed record CommitmentChoice(Guid Id, string Sentence, int WeeklyTarget);

    public sealed record View(Guid OwnerId, string OwnerName, bool CanWrite, DateOnly Today, int Total, int WeeklyTarget, CommitmentChoice? TargetCommitment,
        IReadOnlyList<PracticeWeek> Weekly, IReadOnlyList<TopicCount> Coverage, IReadOnlyList<PracticeTopic> Untouched,
        int DueCount, IReadOnlyList<PracticeProblem> Due, IReadOnlyList<CommitmentChoice> Commitments)
    {
        public int ThisWeek => Weekly.Count == 0 ? 0 : Weekly[^1].Solved;
    }

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? ownerId, CancellationToken ct)
        {
            var found = await ToolOwner.FindAsync(places, access, actor, ownerId, Policy.Practice.List, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            var today = reader.Today;
            var mine = db.PracticeProblems.Where(p => p.OwnerId == o.OwnerId && p.ProgrammeId == o.ProgrammeId);
            // Grouped in the database: one row per combination of topics and one per day solved, never one per problem.
            var topics = await mine.GroupBy(p => p.Topics).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
            var since = PracticeStats.WeekStart(today).AddDays(-7 * (Weeks - 1));
            var days = await mine.Where(p => p.SolvedOn >= since).GroupBy(p => p.SolvedOn).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
            var due = mine.Where(p => p.DueOn != null && p.DueOn <= today);
            var dueCount = await due.CountAsync(ct);
            var dueList = await due.AsNoTracking().OrderBy(p => p.DueOn).ThenBy(p => p.Id).Take(DueShown).ToListAsync(ct);
            var log = await db.PracticeLogs.AsNoTracking().FirstOrDefaultAsync(l => l.OwnerId == o.OwnerId && l.ProgrammeId == o.ProgrammeId, ct);
            var commitments = (await db.Commitments.AsNoTracking().Where(c => c.OwnerId == o.OwnerId && c.ProgrammeId == o.ProgrammeId && !c.Archived)
                    .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(50).ToListAsync(ct))
                .Select(c => new CommitmentChoice(c.Id, c.Sentence(), PracticeStats.WeeklyTargetOf(c))).ToList();
            var name = await db.Users.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);

            var coverage = PracticeStats.Coverage(topics.SelectMany(t => Enumerable.Repeat(t.Key, t.N)));
            var followed = log?.CommitmentId is { } cid ? commitments.FirstOrDefault(c => c.Id == cid) : null;
            var target = followed?.WeeklyTarget ?? log?.WeeklyTarget ?? PracticeLog.DefaultTarget;
            var weekly = PracticeStats.Weekly(days.SelectMany(d => Enumerable.Repeat(d.Key, d.N)), today, Weeks);
            return new View(o.OwnerId, name, o.Grant.May(Policy.Practice.Write), today, topics.Sum(t => t.N), target, followed, weekly, coverage,
                PracticeStats.Untouched(coverage), dueCount, dueList, o.Grant.May(Policy.Practice.Write) ? commitments : []);
        }
    }
}
