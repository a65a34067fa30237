namespace Thrive.Web.Features.Pairs;

/// <summary>Who can be paired: accepted mentors with their load, and accepted mentees who have no open pair (one query each).</summary>
public static class ListPairCandidates
{
    public sealed record Candidate(Guid UserId, string Name, string TechStack, Focus Focus, string TimeZone, int Capacity, int OpenPairs);

    public sealed record View(IReadOnlyList<Candidate> Mentors, IReadOnlyList<Candidate> Mentees);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Pair.Propose, programmeId, ct)).Denied is { } denied) return denied;
            var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active));
            var accepted = db.Participants.Where(p => p.ProgrammeId == programmeId && p.Status == ApplicationStatus.Accepted)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p, u });
            var mentors = await accepted.Where(x => x.p.Role == ParticipantRole.Mentor)
                .OrderBy(x => x.u.DisplayName).ThenBy(x => x.u.Id).Take(500)
                .Select(x => new Candidate(x.u.Id, x.u.DisplayName, x.p.Answers.TechStack, x.p.Answers.Focus, x.p.Answers.TimeZone,
                    x.p.Answers.Capacity, open.Count(o => o.MentorId == x.u.Id)))
                .ToListAsync(ct);
            var mentees = await accepted.Where(x => x.p.Role == ParticipantRole.Mentee && !open.Any(o => o.MenteeId == x.u.Id))
                .OrderBy(x => x.u.DisplayName).ThenBy(x => x.u.Id).Take(500)
                .Select(x => new Candidate(x.u.Id, x.u.DisplayName, x.p.Answers.TechStack, x.p.Answers.Focus, x.p.Answers.TimeZone, 0, 0))
                .ToListAsync(ct);
            return new View(mentors, mentees);
        }
    }
}
