namespace Thrive.Web.Features.Matching;

/// <summary>
/// What the mentor-request use cases share: a mentee's requests in a programme (tracked, to change under the domain's
/// rules), the mail to the mentor a request has just reached, and a proposed pair made the way the coordinator's
/// matching makes one (the same rules, the same webhook event), so that it then goes through the usual life cycle.
/// </summary>
public sealed class MentorRequestFlow(ThriveDbContext db, Mailer mailer, LinkBuilder links)
{
    public Task<List<MentorRequest>> MineAsync(Guid programmeId, Guid menteeId, CancellationToken ct) =>
        db.MentorRequests.Where(r => r.ProgrammeId == programmeId && r.MenteeId == menteeId)
            .OrderBy(r => r.Rank).ThenBy(r => r.RequestedAt).Take(50).ToListAsync(ct);

    /// <summary>Proposes the pair under <see cref="PairingRules"/>: capacity, the manager rule, one open pair per mentee.</summary>
    public async Task<Result<Pair>> ProposeAsync(Guid programmeId, Guid mentorId, Guid menteeId, DateTimeOffset now, CancellationToken ct)
    {
        var people = await db.Participants.Where(p => p.ProgrammeId == programmeId && (p.UserId == mentorId || p.UserId == menteeId))
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.UserId, u.Email, p.Role, p.Status, p.Answers })
            .ToListAsync(ct);
        var mentor = people.FirstOrDefault(p => p.UserId == mentorId && p.Role == ParticipantRole.Mentor);
        var mentee = people.FirstOrDefault(p => p.UserId == menteeId && p.Role == ParticipantRole.Mentee);
        if (mentor is null) return Error.Validation("MentorId", "Choose a mentor of this programme.");
        if (mentee is null) return Error.Validation("MenteeId", "Choose a mentee of this programme.");
        var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active));
        var load = new PairingLoad(await open.CountAsync(x => x.MentorId == mentorId, ct), await open.AnyAsync(x => x.MenteeId == menteeId, ct));
        var proposed = Pair.Propose(programmeId, new PairCandidate(mentor.UserId, mentor.Email ?? "", mentor.Role, mentor.Status, mentor.Answers),
            new PairCandidate(mentee.UserId, mentee.Email ?? "", mentee.Role, mentee.Status, mentee.Answers), load, now);
        if (!proposed.Succeeded) return proposed;
        db.Pairs.Add(proposed.Value!);
        db.WebhookEvents.Add(WebhookEvent.ForPair(WebhookEventType.PairProposed, proposed.Value!, now));
        return proposed;
    }

    /// <summary>Saves; a lost race (someone answered or changed the same requests) is a conflict, nothing saved.</summary>
    public async Task<Result<Unit>> SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueKeyViolation())
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("Someone changed these requests at the same moment; nothing was saved. Reload and try again.", code: "stale");
        }
        return Result.Ok();
    }

    /// <summary>Tells the mentor whom a request has just reached (after a save; a pending request that was pending before is not mailed again).</summary>
    public async Task MailReachedAsync(IEnumerable<MentorRequest> requests, IReadOnlySet<Guid> pendingBefore, CancellationToken ct)
    {
        var reached = requests.Where(r => r.State == MentorRequestState.Pending && !pendingBefore.Contains(r.Id)).ToList();
        if (reached.Count == 0) return;
        var ids = reached.SelectMany(r => new[] { r.MentorId, r.MenteeId }).Distinct().ToList();
        var people = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        var names = await db.Programmes.Where(p => reached.Select(r => r.ProgrammeId).Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var mails = reached.Select(r =>
        {
            var mentor = people.First(p => p.Id == r.MentorId);
            var mentee = people.First(p => p.Id == r.MenteeId);
            var programme = names.First(p => p.Id == r.ProgrammeId).Name;
            return new OutgoingMail(mentor.Email ?? "", $"{mentee.DisplayName} would like you as their mentor",
                $"Hi {mentor.DisplayName.Split(' ')[0]},\n\n{mentee.DisplayName} asked you to be their mentor in {programme}."
                + (r.Note is null ? "" : $" Their note:\n\n  {r.Note}\n") + "\n\nAccept or decline (with a short reason they will read) here:\n"
                + links.Absolute($"/Programmes/{r.ProgrammeId}/MentorRequests") + "\n");
        }).Where(m => m.To.Length > 0).ToList();
        await mailer.SendManyAsync(mails, ct);
    }

    public static HashSet<Guid> Pending(IEnumerable<MentorRequest> requests) =>
        requests.Where(r => r.State == MentorRequestState.Pending).Select(r => r.Id).ToHashSet();
}
