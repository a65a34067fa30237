using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Pairs;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Pairs;

/// <summary>The coordinator pairs an accepted mentee with an accepted mentor (capacity and the manager rule hold).</summary>
public static class ProposePair
{
    public sealed record Request(Guid MentorId, Guid MenteeId, bool Activate);

    public sealed record Candidate(Guid UserId, string Name, string TechStack, Focus Focus, string TimeZone, int Capacity, int OpenPairs);

    public sealed record Candidates(IReadOnlyList<Candidate> Mentors, IReadOnlyList<Candidate> Mentees);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock)
    {
        /// <summary>Accepted mentors with their load, and accepted mentees who have no open pair; one query each.</summary>
        public async Task<Result<Candidates>> CandidatesAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if (await access.CheckManageAsync(actor, programmeId, ct) is { } denied) return denied;
            var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active));
            var accepted = db.Participants.Where(p => p.ProgrammeId == programmeId && p.Status == ApplicationStatus.Accepted)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p, u });
            var mentors = await accepted.Where(x => x.p.Role == ParticipantRole.Mentor)
                .OrderBy(x => x.u.DisplayName).Take(500)
                .Select(x => new Candidate(x.u.Id, x.u.DisplayName, x.p.Answers.TechStack, x.p.Answers.Focus, x.p.Answers.TimeZone,
                    x.p.Answers.Capacity, open.Count(o => o.MentorId == x.u.Id)))
                .ToListAsync(ct);
            var mentees = await accepted.Where(x => x.p.Role == ParticipantRole.Mentee && !open.Any(o => o.MenteeId == x.u.Id))
                .OrderBy(x => x.u.DisplayName).Take(500)
                .Select(x => new Candidate(x.u.Id, x.u.DisplayName, x.p.Answers.TechStack, x.p.Answers.Focus, x.p.Answers.TimeZone, 0, 0))
                .ToListAsync(ct);
            return new Candidates(mentors, mentees);
        }

        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            if (await access.CheckManageAsync(actor, programmeId, ct) is { } denied) return denied;
            var people = await db.Participants.Where(p => p.ProgrammeId == programmeId && (p.UserId == r.MentorId || p.UserId == r.MenteeId))
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.UserId, u.Email, p.Role, p.Status, p.Answers })
                .ToListAsync(ct);
            PairCandidate? Find(Guid id) => people.Where(x => x.UserId == id).Select(x => new PairCandidate(x.UserId, x.Email ?? "", x.Role, x.Status, x.Answers)).FirstOrDefault();
            var mentor = Find(r.MentorId);
            var mentee = Find(r.MenteeId);
            var v = new Validate().That(mentor is not null, nameof(r.MentorId), "Choose a mentor of this programme.")
                .That(mentee is not null, nameof(r.MenteeId), "Choose a mentee of this programme.");
            if (!v.Ok) return Result<Guid>.Fail(v.Errors);

            var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active));
            var load = new PairingLoad(await open.CountAsync(x => x.MentorId == r.MentorId, ct), await open.AnyAsync(x => x.MenteeId == r.MenteeId, ct));
            var now = clock.GetUtcNow();
            var proposed = Pair.Propose(programmeId, mentor!, mentee!, load, now);
            if (!proposed.Succeeded) return Result<Guid>.Fail(proposed.Errors);
            var pair = proposed.Value!;
            if (r.Activate) pair.Activate(now);
            db.Pairs.Add(pair);
            await db.SaveChangesAsync(ct);
            return pair.Id;
        }
    }
}
