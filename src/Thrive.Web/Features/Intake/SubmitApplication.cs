using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Intake;

/// <summary>An invited mentor or mentee fills in (or revises, until it is reviewed) their application.</summary>
public static class SubmitApplication
{
    public sealed record Form(ParticipantRole Role, string ProgrammeName, ApplicationStatus Status, ApplicationAnswers Answers);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock)
    {
        public async Task<Result<Form>> GetAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            var a = await access.ForProgrammeAsync(actor, programmeId, ct);
            if (!a.Exists) return Error.NotFound("Programme");
            if (!a.CanApply && !(a.Role is ParticipantRole.Mentor or ParticipantRole.Mentee)) return Error.Forbidden();
            var form = await db.Participants.Where(p => p.ProgrammeId == programmeId && p.UserId == actor.UserId)
                .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => new Form(p.Role, g.Name, p.Status, p.Answers))
                .FirstAsync(ct);
            return form;
        }

        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, ApplicationAnswers answers, CancellationToken ct)
        {
            var a = await access.ForProgrammeAsync(actor, programmeId, ct);
            if (!a.Exists) return Error.NotFound("Programme");
            if (a.Role is not (ParticipantRole.Mentor or ParticipantRole.Mentee)) return Error.Forbidden();
            var place = await db.Participants.FirstAsync(p => p.ProgrammeId == programmeId && p.UserId == actor.UserId, ct);
            var result = place.Submit(answers, clock.GetUtcNow());
            if (result.Succeeded) await db.SaveChangesAsync(ct);
            return result;
        }
    }
}
