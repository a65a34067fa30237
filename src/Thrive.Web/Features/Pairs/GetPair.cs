using Thrive.Web.Features.MentorTypes;

namespace Thrive.Web.Features.Pairs;

/// <summary>
/// A pair's page: both people, the week of the programme on the reader's day, and for each part of the pair's work
/// whether the reader may open it (so that nobody is shown a link they would be refused).
/// </summary>
public static class GetPair
{
    public sealed record Person(Guid Id, string Name, string Pronouns, string Email, string TimeZone, string Region, string Bio, string Interests);

    /// <summary>What the reader may open of one member's work in this programme; null ids for what they may not (or what does not exist).</summary>
    public sealed record Work(bool Goals, Guid? SwotId, Guid? BoardId, bool Commitments, bool Practice, bool Roles, bool Wellbeing = false, bool Evidence = false, bool Exam = false);

    /// <summary>What the reader may open of the pair's shared pages (all of them are the pair's own).</summary>
    public sealed record Shared(bool Agreements, bool Sessions, bool Feedback, bool Check, bool Closing);

    /// <summary>What everyone who may view a completed pair learns of its closing: the outcome, never the reflections.</summary>
    public sealed record Outcome(StayInTouch Agreed, DateTimeOffset? CompletedAt);

    public sealed record View(Guid Id, Guid ProgrammeId, string ProgrammeName, string WeekLine, int Week, int LengthWeeks,
        PairState State, Person Mentor, Person Mentee, DateTimeOffset ProposedAt, DateTimeOffset? ActivatedAt, DateTimeOffset? EndedAt,
        string? DissolveReason, bool CanManage, Shared Pages, Work MentorWork, Work MenteeWork, bool CheckDue, Outcome? Outcome,
        MentorTypeWords.Badge? MentorType = null, MentorTypeWords.Badge? MenteeType = null)
    {
        /// <summary>The members whose goals the reader may read, for the goal lists.</summary>
        public IReadOnlyList<Guid> GoalOwners => new[] { (Person: Mentee, Work: MenteeWork), (Person: Mentor, Work: MentorWork) }
            .Where(x => x.Work.Goals).Select(x => x.Person.Id).ToList();
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Pair.Read, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var x = await (
                    from p in db.Pairs.AsNoTracking()
                    where p.Id == pairId
                    join g in db.Programmes on p.ProgrammeId equals g.Id
                    join mentor in db.Users on p.MentorId equals mentor.Id
                    join mentee in db.Users on p.MenteeId equals mentee.Id
                    select new
                    {
                        p, g,
                        Mentor = new Person(mentor.Id, mentor.DisplayName, mentor.Pronouns, mentor.Email!, mentor.TimeZone, mentor.Region, mentor.Bio, mentor.Interests),
                        Mentee = new Person(mentee.Id, mentee.DisplayName, mentee.Pronouns, mentee.Email!, mentee.TimeZone, mentee.Region, mentee.Bio, mentee.Interests),
                    })
                .FirstAsync(ct);
            var today = reader.Today;
            // The members' mentor types are profile facts: whoever may read the pair sees them, as the bios above.
            var sheets = await db.MentorTypeResults.Where(m => m.UserId == x.p.MentorId || m.UserId == x.p.MenteeId)
                .Select(m => new { m.UserId, m.Answers }).ToDictionaryAsync(m => m.UserId, m => m.Answers, ct);
            var pages = new Shared(grant.May(Policy.Agreement.Read), grant.May(Policy.Session.List), grant.May(Policy.Feedback.Read),
                grant.May(Policy.Check.Read), grant.May(Policy.Closing.Read));
            var checkDue = pages.Check && MidpointCheck.IsDue(x.g.StartDate, x.g.LengthWeeks, today, x.p.State == PairState.Active,
                await db.MidpointChecks.AnyAsync(c => c.PairId == pairId && c.HeldAt != null, ct));
            var dissolveReason = grant.May(Policy.Pair.Manage) ? x.p.DissolveReason : null; // the reason is for the coordinators' records
            return new View(x.p.Id, x.g.Id, x.g.Name, x.g.WeekLine(today), x.g.WeekOn(today), x.g.LengthWeeks, x.p.State, x.Mentor, x.Mentee,
                x.p.ProposedAt, x.p.ActivatedAt, x.p.EndedAt, dissolveReason, grant.May(Policy.Pair.Manage), pages,
                await WorkAsync(actor, x.p.MentorId, x.p.ProgrammeId, ct), await WorkAsync(actor, x.p.MenteeId, x.p.ProgrammeId, ct),
                checkDue, await OutcomeAsync(x.p, ct)) with { MentorType = Badge(sheets, x.p.MentorId, false), MenteeType = Badge(sheets, x.p.MenteeId, true) };
        }

        /// <summary>One member's SWOT, board, goals, commitments and practice log, each only when the reader may open it.</summary>
        private async Task<Work> WorkAsync(Actor actor, Guid ownerId, Guid programmeId, CancellationToken ct)
        {
            var grant = await access.CheckPersonAsync(actor, Policy.Goal.List, ownerId, programmeId, ct);
            var swot = grant.May(Policy.Swot.Read)
                ? await db.SwotAnalyses.Where(a => a.OwnerId == ownerId && a.ProgrammeId == programmeId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) : null;
            var board = grant.May(Policy.Board.Read)
                ? await db.Boards.Where(b => b.OwnerId == ownerId && b.ProgrammeId == programmeId).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct) : null;
            return new Work(grant.Allowed, swot, board, grant.May(Policy.Commitment.List), grant.May(Policy.Practice.List), grant.May(Policy.Roles.List), grant.May(Policy.Wellbeing.List), grant.May(Policy.Evidence.List), grant.May(Policy.ExamPrep.Read));
        }

        private static MentorTypeWords.Badge Badge(Dictionary<Guid, string> sheets, Guid userId, bool wish) => MentorTypeWords.BadgeOf(sheets.GetValueOrDefault(userId), wish);

        private async Task<Outcome?> OutcomeAsync(Pair pair, CancellationToken ct)
        {
            if (pair.State != PairState.Completed) return null;
            var rows = await db.ClosingReflections.AsNoTracking().Where(c => c.PairId == pair.Id).ToListAsync(ct);
            return new Outcome(Closing.Agreed(rows.FirstOrDefault(c => c.AuthorId == pair.MenteeId), rows.FirstOrDefault(c => c.AuthorId == pair.MentorId)), pair.EndedAt);
        }
    }
}
