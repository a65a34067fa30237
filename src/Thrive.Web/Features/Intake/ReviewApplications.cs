using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Intake;

/// <summary>The coordinator's intake: list applications, read one, record call notes, accept or decline.</summary>
public static class ReviewApplications
{
    public sealed record Row(Guid Id, string Name, string Email, ParticipantRole Role, ApplicationStatus Status,
        int YearsInField, string TechStack, Focus Focus, string TimeZone, int Capacity, DateTimeOffset? AppliedAt);

    public sealed record Detail(Guid Id, Guid ProgrammeId, string ProgrammeName, string Name, string Email, string Pronouns,
        ParticipantRole Role, ApplicationStatus Status, ApplicationAnswers Answers, string CallNotes,
        DateTimeOffset? AppliedAt, DateTimeOffset? ReviewedAt, Guid Version);

    public sealed record Filter(ParticipantRole? Role, ApplicationStatus? Status);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock, AuditLog audit)
    {
        public async Task<Result<Page<Row>>> ListAsync(Actor actor, Guid programmeId, Filter filter, PageRequest page, CancellationToken ct)
        {
            if (await access.CheckManageAsync(actor, programmeId, ct) is { } denied) return denied;
            var q = db.Participants.Where(p => p.ProgrammeId == programmeId && p.Role != ParticipantRole.Coordinator);
            if (filter.Role is { } role) q = q.Where(p => p.Role == role);
            if (filter.Status is { } status) q = q.Where(p => p.Status == status);
            var total = await q.CountAsync(ct);
            var items = await q
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p, u })
                .OrderBy(x => x.p.Status == ApplicationStatus.Applied ? 0 : x.p.Status == ApplicationStatus.Invited ? 1 : 2)
                .ThenBy(x => x.u.DisplayName).ThenBy(x => x.p.Id)
                .Skip(page.Skip).Take(page.Size)
                .Select(x => new Row(x.p.Id, x.u.DisplayName, x.u.Email!, x.p.Role, x.p.Status, x.p.Answers.YearsInField,
                    x.p.Answers.TechStack, x.p.Answers.Focus, x.p.Answers.TimeZone, x.p.Answers.Capacity, x.p.AppliedAt))
                .ToListAsync(ct);
            return new Page<Row>(items, page.Number, page.Size, total);
        }

        public async Task<Result<Detail>> GetAsync(Actor actor, Guid programmeId, Guid participantId, CancellationToken ct)
        {
            if (await access.CheckManageAsync(actor, programmeId, ct) is { } denied) return denied;
            var d = await db.Participants.Where(p => p.Id == participantId && p.ProgrammeId == programmeId && p.Role != ParticipantRole.Coordinator)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p, u })
                .Join(db.Programmes, x => x.p.ProgrammeId, g => g.Id, (x, g) => new Detail(x.p.Id, g.Id, g.Name, x.u.DisplayName, x.u.Email!, x.u.Pronouns,
                    x.p.Role, x.p.Status, x.p.Answers, x.p.CallNotes, x.p.AppliedAt, x.p.ReviewedAt, x.p.Version))
                .FirstOrDefaultAsync(ct);
            return d is null ? Error.NotFound("Application") : d;
        }

        public Task<Result<Unit>> RecordCallNotesAsync(Actor actor, Guid programmeId, Guid participantId, string? notes, CancellationToken ct) =>
            ChangeAsync(actor, programmeId, participantId, p => p.RecordCallNotes(notes), ct);

        public async Task<Result<Unit>> DecideAsync(Actor actor, Guid programmeId, Guid participantId, bool accept, CancellationToken ct)
        {
            var who = await db.Participants.Where(p => p.Id == participantId).Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { u.Id, u.DisplayName })
                .FirstOrDefaultAsync(ct);
            return await ChangeAsync(actor, programmeId, participantId, p =>
            {
                var r = p.Review(accept, actor.UserId, clock.GetUtcNow());
                if (r.Succeeded)
                    audit.Record(actor, accept ? AuditActions.ApplicationAccepted : AuditActions.ApplicationDeclined, who?.Id, who?.DisplayName ?? "", programmeId,
                        $"as {p.Role.ToString().ToLowerInvariant()}");
                return r;
            }, ct);
        }

        private async Task<Result<Unit>> ChangeAsync(Actor actor, Guid programmeId, Guid participantId, Func<Participant, Result<Unit>> change, CancellationToken ct)
        {
            if (await access.CheckManageAsync(actor, programmeId, ct) is { } denied) return denied;
            var place = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId && p.ProgrammeId == programmeId && p.Role != ParticipantRole.Coordinator, ct);
            if (place is null) return Error.NotFound("Application");
            var result = change(place);
            if (!result.Succeeded) return result;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("Someone else changed this application just now. Reload to see their change."); }
            return result;
        }
    }
}
