namespace Thrive.Web.Features.Pairs;

/// <summary>The coordinator pairs an accepted mentee with an accepted mentor (capacity and the manager rule hold).</summary>
public static class ProposePair
{
    /// <summary>The form (and request body): the two people, and whether the pair starts active rather than proposed.</summary>
    public sealed record Request
    {
        public Guid? MentorId { get; init; }
        public Guid? MenteeId { get; init; }
        public bool Activate { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Pair.Propose, programmeId, ct)).Denied is { } denied) return denied;
            var (mentorId, menteeId) = (r.MentorId ?? Guid.Empty, r.MenteeId ?? Guid.Empty);
            var people = await db.Participants.Where(p => p.ProgrammeId == programmeId && (p.UserId == mentorId || p.UserId == menteeId))
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.UserId, u.Email, p.Role, p.Status, p.Answers })
                .ToListAsync(ct);
            PairCandidate? Find(Guid id) => people.Where(x => x.UserId == id).Select(x => new PairCandidate(x.UserId, x.Email ?? "", x.Role, x.Status, x.Answers)).FirstOrDefault();
            var mentor = Find(mentorId);
            var mentee = Find(menteeId);
            var v = new Validate().That(mentor is not null, nameof(Request.MentorId), "Choose a mentor of this programme.")
                .That(mentee is not null, nameof(Request.MenteeId), "Choose a mentee of this programme.");
            if (!v.Ok) return Result<Guid>.Fail(v.Errors);

            var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active));
            var load = new PairingLoad(await open.CountAsync(x => x.MentorId == mentorId, ct), await open.AnyAsync(x => x.MenteeId == menteeId, ct));
            var now = reader.UtcNow;
            var proposed = Pair.Propose(programmeId, mentor!, mentee!, load, now);
            if (!proposed.Succeeded) return Result<Guid>.Fail(proposed.Errors);
            var pair = proposed.Value!;
            if (r.Activate) pair.Activate(now);
            db.Pairs.Add(pair);
            db.WebhookEvents.Add(WebhookEvent.ForPair(WebhookEventType.PairProposed, pair, now));
            if (r.Activate) db.WebhookEvents.Add(WebhookEvent.ForPair(WebhookEventType.PairConfirmed, pair, now));
            await db.SaveChangesAsync(ct);
            return pair.Id;
        }
    }
}
