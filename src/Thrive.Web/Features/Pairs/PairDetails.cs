using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Pairs;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Pairs;

/// <summary>A pair's page, and the coordinator's state changes: activate, complete, dissolve (with a reason).</summary>
public static class PairDetails
{
    public sealed record Person(Guid Id, string Name, string Pronouns, string Email, string TimeZone, string Region, string Bio, string Interests);

    public sealed record View(Guid Id, Guid ProgrammeId, string ProgrammeName, string WeekLine, int Week, int LengthWeeks,
        PairState State, Person Mentor, Person Mentee, DateTimeOffset ProposedAt, DateTimeOffset? ActivatedAt,
        DateTimeOffset? EndedAt, string? DissolveReason, PairAccess Access);

    public enum Change { Activate, Complete, Dissolve }

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock, AuditLog audit)
    {
        public async Task<Result<View>> GetAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var a = await access.ForPairAsync(actor, pairId, ct);
            if (!a.Exists) return Error.NotFound("Pair");
            if (!a.CanView) return Error.Forbidden();
            var x = await (
                    from p in db.Pairs.AsNoTracking()
                    where p.Id == pairId
                    join g in db.Programmes on p.ProgrammeId equals g.Id
                    join mentor in db.Users on p.MentorId equals mentor.Id
                    join mentee in db.Users on p.MenteeId equals mentee.Id
                    select new
                    {
                        p, g,
                        Mentor = new Person(mentor.Id, mentor.DisplayName, mentor.Pronouns, mentor.Email!, mentor.TimeZone, mentor.Region, mentor.Bio, mentor.Interests),
                        Mentee = new Person(mentee.Id, mentee.DisplayName, mentee.Pronouns, mentee.Email!, mentee.TimeZone, mentee.Region, mentee.Bio, mentee.Interests),
                    })
                .FirstAsync(ct);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var dissolveReason = a.CanManage ? x.p.DissolveReason : null; // the reason is for the coordinator's records
            return new View(x.p.Id, x.g.Id, x.g.Name, x.g.WeekLine(today), x.g.WeekOn(today), x.g.LengthWeeks, x.p.State, x.Mentor, x.Mentee,
                x.p.ProposedAt, x.p.ActivatedAt, x.p.EndedAt, dissolveReason, a);
        }

        public async Task<Result<Unit>> ChangeAsync(Actor actor, Guid pairId, Change change, string? reason, CancellationToken ct)
        {
            var a = await access.ForPairAsync(actor, pairId, ct);
            if (!a.Exists) return Error.NotFound("Pair");
            if (!a.CanManage) return Error.Forbidden();
            var pair = await db.Pairs.FirstAsync(p => p.Id == pairId, ct);
            var now = clock.GetUtcNow();
            var result = change switch
            {
                Change.Activate => pair.Activate(now),
                Change.Complete => pair.Complete(now),
                Change.Dissolve => pair.Dissolve(reason, now),
                _ => Error.Validation("change", "Unknown change."),
            };
            if (!result.Succeeded) return result;
            var names = await db.Users.Where(u => u.Id == pair.MenteeId || u.Id == pair.MentorId).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
            string Name(Guid id) => names.FirstOrDefault(n => n.Id == id)?.DisplayName ?? "";
            audit.Record(actor, change switch { Change.Activate => AuditActions.PairActivated, Change.Complete => AuditActions.PairCompleted, _ => AuditActions.PairDissolved },
                pair.Id, $"{Name(pair.MenteeId)} with {Name(pair.MentorId)}", pair.ProgrammeId, change == Change.Dissolve ? (reason ?? "").Trim() : "");
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("Someone else changed this pair just now. Reload to see their change."); }
            return result;
        }
    }
}
