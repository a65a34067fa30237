using Thrive.Web.Features.Goals;

namespace Thrive.Web.Features.Pairs;

/// <summary>
/// A mentor's view of each mentee's week, for the mentor's home and the pair page: goals and their progress,
/// commitments with their streaks (missed twice called out), cards in progress too long, open and overdue action
/// items, and what got done since the last session held. Everything here is what the mentee's mentor may read of
/// their mentee's work; the caller has checked the reader is that mentor (or the mentee). Seven queries whatever the
/// number of mentees.
/// </summary>
public sealed class MenteeWeek(ThriveDbContext db, GoalRows goalRows)
{
    /// <summary>A mentee in one pair of one programme.</summary>
    public sealed record Place(Guid PairId, Guid MenteeId, Guid ProgrammeId);

    public sealed record Habit(Guid Id, string Sentence, int Streak, bool MissedTwice);

    /// <summary>A card in progress for <see cref="Days"/> days; too big when its board says it has taken too long.</summary>
    public sealed record Card(Guid Id, string Title, int Days, bool TooBig);

    public sealed record Snapshot(IReadOnlyList<GoalRows.Row> Goals, IReadOnlyList<Habit> Commitments, IReadOnlyList<Card> Ageing,
        int OpenActions, int OverdueActions, DateTimeOffset? LastHeld, IReadOnlyList<string> DoneSinceLast)
    {
        public IEnumerable<GoalRows.Row> ActiveGoals => Goals.Where(g => g.Status == GoalStatus.Active);
        public int Achieved => Goals.Count(g => g.Status == GoalStatus.Achieved);
        public IEnumerable<Habit> MissedTwice => Commitments.Where(c => c.MissedTwice);
        public IEnumerable<Card> TooBig => Ageing.Where(c => c.TooBig);
    }

    /// <summary>Cards in progress for at least this many days are worth a word even before their board calls them too big.</summary>
    public const int AgeingDays = 7;

    public const int CardsShown = 5;

    public async Task<IReadOnlyDictionary<Guid, Snapshot>> ForAsync(IReadOnlyList<Place> places, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(places);
        if (places.Count == 0) return new Dictionary<Guid, Snapshot>();
        var mentees = places.Select(p => p.MenteeId).Distinct().ToList();
        var programmes = places.Select(p => p.ProgrammeId).Distinct().ToList();
        var pairIds = places.Select(p => p.PairId).ToList();
        bool Ours(Guid mentee, Guid programme) => places.Any(p => p.MenteeId == mentee && p.ProgrammeId == programme);

        var goals = await goalRows.ForPlacesAsync(mentees, programmes, ct);
        var since = today.AddDays(-100);
        var commitments = (await db.Commitments.AsNoTracking().Where(c => mentees.Contains(c.OwnerId) && programmes.Contains(c.ProgrammeId) && !c.Archived)
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(200)
                .Select(c => new { Commitment = c, CheckIns = db.CheckIns.Where(x => x.CommitmentId == c.Id && x.Date >= since).Select(x => new DayValue(x.Date, x.Value)).ToList() })
                .ToListAsync(ct))
            .Where(c => Ours(c.Commitment.OwnerId, c.Commitment.ProgrammeId)).ToList();
        var cards = (await (
                from t in db.Tasks
                join c in db.BoardColumns on t.ColumnId equals c.Id
                join b in db.Boards on t.BoardId equals b.Id
                where mentees.Contains(b.OwnerId) && programmes.Contains(b.ProgrammeId) && c.Kind == ColumnKind.InProgress && !c.IsDeleted && t.StartedAt != null
                orderby t.StartedAt, t.Id
                select new { b.OwnerId, b.ProgrammeId, t.Id, t.Title, t.StartedAt, b.TooBigAfterDays })
            .Take(200).ToListAsync(ct)).Where(c => Ours(c.OwnerId, c.ProgrammeId)).ToList();
        var pairs = await db.Pairs.Where(p => pairIds.Contains(p.Id)).Select(p => new
        {
            p.Id,
            Open = db.ActionItems.Count(a => a.PairId == p.Id && a.OwnerId == p.MenteeId && a.DoneAt == null),
            Overdue = db.ActionItems.Count(a => a.PairId == p.Id && a.OwnerId == p.MenteeId && a.DoneAt == null && a.DueDate != null && a.DueDate < today),
            LastHeld = db.Sessions.Where(s => s.PairId == p.Id && s.Status == SessionStatus.Held).OrderByDescending(s => s.StartUtc).Select(s => (DateTimeOffset?)s.StartUtc).FirstOrDefault(),
        }).ToListAsync(ct);
        // Cards the mentees finished since the oldest of their last sessions; each pair keeps those after its own.
        var oldest = pairs.Where(p => p.LastHeld is not null).Select(p => p.LastHeld!.Value).DefaultIfEmpty(now).Min();
        var done = await (
                from m in db.TaskMoves
                join t in db.Tasks on m.TaskId equals t.Id
                join b in db.Boards on t.BoardId equals b.Id
                where m.ToKind == ColumnKind.Done && m.At > oldest && mentees.Contains(b.OwnerId) && programmes.Contains(b.ProgrammeId)
                orderby m.At descending, m.Id
                select new { b.OwnerId, b.ProgrammeId, t.Title, m.At })
            .Take(200).ToListAsync(ct);

        return places.ToDictionary(p => p.PairId, p =>
        {
            var pair = pairs.First(x => x.Id == p.PairId);
            var habits = commitments.Where(c => c.Commitment.OwnerId == p.MenteeId && c.Commitment.ProgrammeId == p.ProgrammeId).Select(c =>
            {
                var periods = HabitStats.Periods(c.Commitment.Schedule, c.CheckIns, today);
                return new Habit(c.Commitment.Id, c.Commitment.Sentence(), HabitStats.CurrentStreak(periods), ReminderRules.MissedTwiceSince(periods) is not null);
            }).ToList();
            var ageing = cards.Where(c => c.OwnerId == p.MenteeId && c.ProgrammeId == p.ProgrammeId)
                .Select(c => new Card(c.Id, c.Title, (int)(now - c.StartedAt!.Value).TotalDays, BoardTask.IsTooBig(ColumnKind.InProgress, c.StartedAt, now, c.TooBigAfterDays)))
                .Where(c => c.TooBig || c.Days >= AgeingDays).Take(CardsShown).ToList();
            var finished = pair.LastHeld is { } last
                ? done.Where(d => d.OwnerId == p.MenteeId && d.ProgrammeId == p.ProgrammeId && d.At > last).Select(d => d.Title).Distinct().Take(CardsShown).ToList()
                : [];
            return new Snapshot(goals.Where(g => g.OwnerId == p.MenteeId && g.ProgrammeId == p.ProgrammeId).ToList(), habits, ageing,
                pair.Open, pair.Overdue, pair.LastHeld, finished);
        });
    }
}
