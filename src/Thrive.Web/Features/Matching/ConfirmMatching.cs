namespace Thrive.Web.Features.Matching;

/// <summary>
/// The coordinator confirms the pairs she reviewed: each becomes a proposed pair (the usual life cycle), all or none,
/// each checked again against capacity, the manager rule and open pairs. Their locks go, their work done.
/// </summary>
public static class ConfirmMatching
{
    public sealed record PairChoice
    {
        public Guid MenteeId { get; init; }
        public Guid MentorId { get; init; }
    }

    public sealed record Request
    {
        public IReadOnlyList<PairChoice>? Pairs { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<int>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Pair.Propose, programmeId, ct)).Denied is { } denied) return denied;
            var choices = r.Pairs ?? [];
            if (choices.Count == 0) return Error.Validation(nameof(Request.Pairs), "There is no proposed pair to confirm.");
            if (choices.Count > GetMatchingProposal.MaxPerSide || choices.Select(c => c.MenteeId).Distinct().Count() != choices.Count)
                return Error.Validation(nameof(Request.Pairs), "Each mentee can be in one pair only.");

            var ids = choices.SelectMany(c => new[] { c.MenteeId, c.MentorId }).Distinct().ToList();
            var people = await db.Participants.Where(p => p.ProgrammeId == programmeId && ids.Contains(p.UserId))
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.UserId, u.Email, u.DisplayName, p.Role, p.Status, p.Answers })
                .ToListAsync(ct);
            var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active) && (ids.Contains(x.MentorId) || ids.Contains(x.MenteeId)));
            var openPairs = await open.Select(x => new { x.MentorId, x.MenteeId }).ToListAsync(ct);
            var mentorLoad = openPairs.GroupBy(x => x.MentorId).ToDictionary(g => g.Key, g => g.Count());
            var menteesPaired = openPairs.Select(x => x.MenteeId).ToHashSet();

            var now = reader.UtcNow;
            var errors = new List<Error>();
            foreach (var c in choices)
            {
                var mentor = people.FirstOrDefault(p => p.UserId == c.MentorId && p.Role == ParticipantRole.Mentor);
                var mentee = people.FirstOrDefault(p => p.UserId == c.MenteeId && p.Role == ParticipantRole.Mentee);
                if (mentor is null || mentee is null) { errors.Add(Error.Validation(nameof(Request.Pairs), "A pair names someone who is not a mentor or mentee of this programme; reload the proposal.")); continue; }
                var load = new PairingLoad(mentorLoad.GetValueOrDefault(c.MentorId), menteesPaired.Contains(c.MenteeId));
                var proposed = Pair.Propose(programmeId, new PairCandidate(mentor.UserId, mentor.Email ?? "", mentor.Role, mentor.Status, mentor.Answers),
                    new PairCandidate(mentee.UserId, mentee.Email ?? "", mentee.Role, mentee.Status, mentee.Answers), load, now);
                if (!proposed.Succeeded)
                {
                    errors.AddRange(proposed.Errors.Select(e => Error.Validation(nameof(Request.Pairs), $"{mentee.DisplayName} with {mentor.DisplayName}: {e.Message}")));
                    continue;
                }
                mentorLoad[c.MentorId] = load.MentorOpenPairs + 1;
                menteesPaired.Add(c.MenteeId);
                db.Pairs.Add(proposed.Value!);
                db.WebhookEvents.Add(WebhookEvent.ForPair(WebhookEventType.PairProposed, proposed.Value!, now));
            }
            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return Result<int>.Fail([Error.Conflict("Nothing was confirmed: the proposal no longer holds. Reload it and review again.", nameof(Request.Pairs), "stale"), .. errors]);
            }
            var menteeIds = choices.Select(c => c.MenteeId).ToList();
            db.LockedMatches.RemoveRange(await db.LockedMatches.Where(l => l.ProgrammeId == programmeId && menteeIds.Contains(l.MenteeId)).ToListAsync(ct));
            try { await db.SaveChangesAsync(ct); } // one SaveChanges: one transaction, all or nothing
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueKeyViolation())
            { return Error.Conflict("Someone changed these pairs at the same moment; nothing was confirmed. Reload the proposal.", code: "stale"); }
            return choices.Count;
        }
    }
}
