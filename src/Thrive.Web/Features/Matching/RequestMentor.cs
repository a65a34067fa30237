namespace Thrive.Web.Features.Matching;

/// <summary>
/// An accepted mentee without a mentor requests one from the directory, at the end of their ranking (up to three).
/// The first open request goes to its mentor at once (a mail and a step on their home page); the others wait their turn.
/// </summary>
public static class RequestMentor
{
    public sealed record Request
    {
        public Guid MentorId { get; init; }
        public string? Note { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, MentorRequestFlow flow)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.MentorRequest.Make, programmeId, ct)).Denied is { } denied) return denied;
            var me = actor.UserId;
            var facts = await db.Programmes.Where(p => p.Id == programmeId).Select(p => new
            {
                Choose = db.MatchingSettings.Where(s => s.ProgrammeId == p.Id).Select(s => s.MenteesChoose).FirstOrDefault(),
                IAmMentee = db.Participants.Any(x => x.ProgrammeId == p.Id && x.UserId == me && x.Role == ParticipantRole.Mentee && x.Status == ApplicationStatus.Accepted),
                Mentor = db.Participants.Where(x => x.ProgrammeId == p.Id && x.UserId == r.MentorId && x.Role == ParticipantRole.Mentor && x.Status == ApplicationStatus.Accepted)
                    .Select(x => new { x.Answers.Capacity }).FirstOrDefault(),
                MentorLoad = db.Pairs.Count(x => x.ProgrammeId == p.Id && x.MentorId == r.MentorId && (x.State == PairState.Proposed || x.State == PairState.Active)),
                Paired = db.Pairs.Any(x => x.ProgrammeId == p.Id && x.MenteeId == me && (x.State == PairState.Proposed || x.State == PairState.Active)),
            }).FirstAsync(ct);
            if (!facts.Choose) return Error.Conflict("This programme does not let mentees choose their mentor; your coordinator matches you.", nameof(Request.MentorId), "choice_off");
            if (!facts.IAmMentee) return Error.Validation(nameof(Request.MentorId), "Only accepted mentees of this programme can request a mentor.");
            if (facts.Mentor is null) return Error.Validation(nameof(Request.MentorId), "Choose a mentor of this programme from the directory.");

            var mine = await flow.MineAsync(programmeId, me, ct);
            var before = MentorRequestFlow.Pending(mine);
            var made = MentorChoice.Request(programmeId, me, mine,
                new MentorChoice.Target(r.MentorId, facts.Mentor.Capacity - facts.MentorLoad, facts.Paired), r.Note, reader.UtcNow);
            if (!made.Succeeded) return Result<Guid>.Fail(made.Errors);
            db.MentorRequests.Add(made.Value!);
            var saved = await flow.SaveAsync(ct);
            if (!saved.Succeeded) return Result<Guid>.Fail(saved.Errors);
            await flow.MailReachedAsync([.. mine, made.Value!], before, ct);
            return made.Value!.Id;
        }
    }
}
