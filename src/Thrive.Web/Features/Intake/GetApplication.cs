namespace Thrive.Web.Features.Intake;

/// <summary>One application with the coordinator's call notes, for those who review the programme's applications.</summary>
public static class GetApplication
{
    public sealed record Detail(Guid Id, Guid ProgrammeId, string ProgrammeName, string Name, string Email, string Pronouns,
        ParticipantRole Role, ApplicationStatus Status, ApplicationAnswers Answers, string CallNotes,
        DateTimeOffset? AppliedAt, DateTimeOffset? ReviewedAt, Guid Version);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Detail>> HandleAsync(Actor actor, Guid programmeId, Guid participantId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Application.Review, programmeId, ct)).Denied is { } denied) return denied;
            var d = await db.Participants.Where(p => p.Id == participantId && p.ProgrammeId == programmeId && p.Role != ParticipantRole.Coordinator)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p, u })
                .Join(db.Programmes, x => x.p.ProgrammeId, g => g.Id, (x, g) => new Detail(x.p.Id, g.Id, g.Name, x.u.DisplayName, x.u.Email!, x.u.Pronouns,
                    x.p.Role, x.p.Status, x.p.Answers, x.p.CallNotes, x.p.AppliedAt, x.p.ReviewedAt, x.p.Version))
                .FirstOrDefaultAsync(ct);
            return d is null ? Error.NotFound("Application") : d;
        }
    }
}
