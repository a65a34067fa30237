namespace Thrive.Web.Features.Matching;

/// <summary>The whole-cohort proposal for a programme: its accepted mentees without an open pair against its accepted mentors' free room.</summary>
public static class GetMatchingProposal
{
    /// <summary>At most this many people per side take part in one proposal.</summary>
    public const int MaxPerSide = 2000;

    /// <summary>At most this many confirmed pairs waiting to start are listed on the matching page.</summary>
    public const int MaxWaitingListed = 50;

    /// <summary>
    /// The proposal with what the page shows around it: every mentor in it (their open pairs count against their capacity),
    /// how many mentees wait, the applications still to review, and the confirmed pairs waiting to start.
    /// </summary>
    public sealed record View(Guid ProgrammeId, string ProgrammeName, MatchingWeights Weights, MatchObjective Objective, Result<MatchProposal> Proposal,
        IReadOnlyList<MatchPerson> Mentors, int MenteesWaiting, int ApplicationsToReview, IReadOnlyList<WaitingPair> Confirmed);

    /// <summary>A proposed pair (confirmed from matching or made by hand) that has not started yet.</summary>
    public sealed record WaitingPair(Guid PairId, string MenteeName, string MentorName, DateTimeOffset ProposedAt);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Pair.Propose, programmeId, ct)).Denied is { } denied) return denied;
            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            var settings = await db.MatchingSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ProgrammeId == programmeId, ct) ?? MatchingSettings.For(programmeId);
            var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active));
            var accepted = db.Participants.Where(p => p.ProgrammeId == programmeId && p.Status == ApplicationStatus.Accepted)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p, u });
            var mentors = await accepted.Where(x => x.p.Role == ParticipantRole.Mentor)
                .OrderBy(x => x.u.DisplayName).ThenBy(x => x.u.Id).Take(MaxPerSide)
                .Select(x => new MatchPerson(x.u.Id, x.u.DisplayName, x.u.Email ?? "", x.p.Answers, open.Count(o => o.MentorId == x.u.Id),
                    MentorTypeQuiz.ScoresOf(db.MentorTypeResults.Where(m => m.UserId == x.u.Id).Select(m => m.Answers).FirstOrDefault())))
                .ToListAsync(ct);
            var mentees = await accepted.Where(x => x.p.Role == ParticipantRole.Mentee && !open.Any(o => o.MenteeId == x.u.Id))
                .OrderBy(x => x.u.DisplayName).ThenBy(x => x.u.Id).Take(MaxPerSide)
                .Select(x => new MatchPerson(x.u.Id, x.u.DisplayName, x.u.Email ?? "", x.p.Answers, 0,
                    MentorTypeQuiz.ScoresOf(db.MentorTypeResults.Where(m => m.UserId == x.u.Id).Select(m => m.Answers).FirstOrDefault())))
                .ToListAsync(ct);
            var locks = await db.LockedMatches.Where(l => l.ProgrammeId == programmeId).OrderBy(l => l.LockedAt).Take(MaxPerSide)
                .Select(l => new MatchLock(l.MenteeId, l.MentorId)).ToListAsync(ct);
            var toReview = await db.Participants.CountAsync(p => p.ProgrammeId == programmeId && p.Status == ApplicationStatus.Applied, ct);
            var waiting = await db.Pairs.Where(x => x.ProgrammeId == programmeId && x.State == PairState.Proposed)
                .OrderByDescending(x => x.ProposedAt).ThenBy(x => x.Id).Take(MaxWaitingListed)
                .Select(x => new WaitingPair(x.Id,
                    db.Users.Where(u => u.Id == x.MenteeId).Select(u => u.DisplayName).First(),
                    db.Users.Where(u => u.Id == x.MentorId).Select(u => u.DisplayName).First(), x.ProposedAt))
                .ToListAsync(ct);
            var proposal = CohortMatcher.Propose(mentees, mentors, settings.Weights, settings.Objective, locks, reader.UtcNow);
            return new View(programmeId, name, settings.Weights, settings.Objective, proposal, mentors, mentees.Count, toReview, waiting);
        }
    }
}
