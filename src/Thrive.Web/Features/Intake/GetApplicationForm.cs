namespace Thrive.Web.Features.Intake;

/// <summary>A mentor's or mentee's own application as its form shows it (a new one starts in the reader's time zone).</summary>
public static class GetApplicationForm
{
    public sealed record View(ParticipantRole Role, string ProgrammeName, ApplicationStatus Status, SubmitApplication.Request Answers)
    {
        /// <summary>Reviewed applications are read-only; the coordinator changes them.</summary>
        public bool Locked => Status is ApplicationStatus.Accepted or ApplicationStatus.Declined;
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Application.Fill, programmeId, ct)).Denied is { } denied) return denied;
            var place = await db.Participants.Where(p => p.ProgrammeId == programmeId && p.UserId == actor.UserId)
                .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => new { p.Role, g.Name, p.Status, p.Answers })
                .FirstAsync(ct);
            return new View(place.Role, place.Name, place.Status, SubmitApplication.Request.From(place.Answers, reader.TimeZone));
        }
    }
}
