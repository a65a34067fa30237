using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// One member's printable record of the relationship: only what that member may read (their own private notes,
/// never the partner's). A fixed number of queries, each bounded, whatever the number of goals or sessions.
/// </summary>
public static class GetJourney
{
    public const int Limit = 200;

    public sealed record GoalEntry(GoalRows.Row Goal, string Metric, string Unit, IReadOnlyList<(DateOnly Date, decimal Value, string Note)> Measures);

    /// <summary>A session; <see cref="When"/> is its start in the reader's time zone.</summary>
    public sealed record SessionEntry(string When, SessionStatus Status, string CheckIn, string WentWell, string DidNotGoWell,
        string HopeNext, string Challenges, string SharedNotes, string MyPrivateNote);

    public sealed record ActionEntry(string Text, string OwnerName, DateOnly? DueDate, bool Done);

    public sealed record CommitmentEntry(string Sentence, bool Archived, int CheckIns);

    public sealed record View(PairFacts Pair, PairSide Side, string MyName, string PartnerName, IReadOnlyList<GoalEntry> Goals, IReadOnlyList<SessionEntry> Sessions,
        IReadOnlyList<ActionEntry> Actions, IReadOnlyList<CommitmentEntry> Commitments, IReadOnlyList<ListFeedback.Item> Feedback,
        CharterAnswers? MyCharter, CharterAnswers? PartnerCharter, PlanTerms? Plan, int? PlanNumber, bool PlanSignedByBoth,
        GetClosing.View Closing);

    public sealed class Handler(ThriveDbContext db, Access access, GoalRows goals, ReaderClock reader, StoryTools tools)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Closing.Read, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var me = actor.UserId;
            var partner = pair.PartnerOf(me);

            var goalRows = await goals.ForOwnersAsync([me], pair.ProgrammeId, ct);
            var goalIds = goalRows.Select(g => g.Id).ToList();
            var metrics = await db.Goals.Where(g => goalIds.Contains(g.Id)).Select(g => new { g.Id, g.Smart.Metric, g.Smart.Unit }).ToListAsync(ct);
            var measures = await db.MeasureEntries.Where(m => goalIds.Contains(m.GoalId)).OrderByDescending(m => m.Date).ThenBy(m => m.Id).Take(Limit)
                .Select(m => new { m.GoalId, m.Date, m.Value, m.Note }).ToListAsync(ct);
            var goalEntries = goalRows.Select(g =>
            {
                var metric = metrics.FirstOrDefault(x => x.Id == g.Id);
                return new GoalEntry(g, metric?.Metric ?? "", metric?.Unit ?? "",
                    measures.Where(m => m.GoalId == g.Id).OrderBy(m => m.Date).Select(m => (m.Date, m.Value, m.Note)).ToList());
            }).ToList();

            // Sessions with the reader's own private note only: the join is on the author, so a partner's note never loads.
            var sessions = await (
                    from s in db.Sessions.AsNoTracking()
                    where s.PairId == pairId
                    orderby s.StartUtc, s.Id
                    select new
                    {
                        s.StartUtc, s.Status, s.CheckIn, s.WentWell, s.DidNotGoWell, s.HopeNext, s.Challenges, s.SharedNotes,
                        Note = db.PrivateNotes.Where(n => n.SessionId == s.Id && n.AuthorId == me).Select(n => n.Body).FirstOrDefault() ?? "",
                    })
                .Take(Limit).ToListAsync(ct);
            var zone = reader.TimeZone;
            string When(DateTimeOffset utc) => SessionTimes.InZone(utc, zone) is { Succeeded: true } z ? z.Value!.Display : utc.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

            var actions = await db.ActionItems.AsNoTracking().Where(i => i.PairId == pairId).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Take(Limit)
                .Select(i => new { i.Text, i.OwnerId, i.DueDate, Done = i.DoneAt != null }).ToListAsync(ct);

            var commitments = await db.Commitments.AsNoTracking().Where(c => c.OwnerId == me && c.ProgrammeId == pair.ProgrammeId)
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(50).ToListAsync(ct);
            var commitmentIds = commitments.Select(c => c.Id).ToList();
            var checkIns = await db.CheckIns.Where(c => commitmentIds.Contains(c.CommitmentId)).GroupBy(c => c.CommitmentId)
                .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);

            var feedback = await db.Feedback.AsNoTracking().Where(f => f.PairId == pairId).OrderByDescending(f => f.GivenAt).ThenBy(f => f.Id).Take(Limit)
                .Select(f => new ListFeedback.Item(f.Id, f.GiverId == me, "", f.Kind, f.Situation, f.Impact, f.Action, f.GivenAt, f.AcknowledgedAt, f.Reply, f.RepliedAt))
                .ToListAsync(ct);

            var charters = await db.Charters.AsNoTracking().Where(c => c.PairId == pairId).Select(c => new { c.AuthorId, c.Answers }).ToListAsync(ct);
            var plan = await db.Plans.AsNoTracking().Where(p => p.PairId == pairId).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
            var closing = await GetClosing.LoadAsync(db, pair, grant.Side, me, canWrite: false, await GetClosing.ToolsAsync(tools, pair, me, reader.Today, ct), ct);

            return new View(pair, grant.Side, pair.NameOf(me), pair.NameOf(partner), goalEntries,
                sessions.Select(s => new SessionEntry(When(s.StartUtc), s.Status, s.CheckIn, s.WentWell, s.DidNotGoWell, s.HopeNext, s.Challenges, s.SharedNotes, s.Note)).ToList(),
                actions.Select(i => new ActionEntry(i.Text, pair.NameOf(i.OwnerId), i.DueDate, i.Done)).ToList(),
                commitments.Select(c => new CommitmentEntry(c.Sentence(), c.Archived, checkIns.FirstOrDefault(x => x.Key == c.Id)?.N ?? 0)).ToList(),
                feedback.Select(f => f with { GiverName = f.FromMe ? pair.NameOf(me) : pair.NameOf(partner) }).ToList(),
                charters.FirstOrDefault(c => c.AuthorId == me)?.Answers, charters.FirstOrDefault(c => c.AuthorId == partner)?.Answers,
                plan?.Terms, plan?.Number, plan?.SignedByBoth ?? false, closing);
        }
    }
}
