using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Intake;

namespace Thrive.Web.Features.Programmes;

/// <summary>An admin creates a programme and names its coordinators; coordinators and admins edit it.</summary>
public static class SaveProgramme
{
    public sealed record Request(
        string Name, string? Description, DateOnly StartDate, int LengthWeeks, SessionCadence Cadence,
        int? GettingToKnowEndWeek, int? GoalsEndWeek, ProgrammeStatus Status, IReadOnlyList<string> CoordinatorEmails);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock, Invite.Handler invite)
    {
        public async Task<Result<Guid>> CreateAsync(Actor actor, Request r, CancellationToken ct)
        {
            if (!actor.IsAdmin) return Error.Forbidden();
            var emails = (r.CoordinatorEmails ?? []).Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var v = new Validate().That(emails.Count > 0, "CoordinatorEmails", "Name at least one coordinator.");
            foreach (var e in emails) v.Email("CoordinatorEmails", e, $"Coordinator \"{Truncate(e)}\"");
            var created = Programme.Create(Details(r), clock.GetUtcNow());
            var errors = created.Errors.Concat(v.Errors).ToArray();
            if (errors.Length > 0) return Result<Guid>.Fail(errors);

            var programme = created.Value!;
            programme.SetStatus(r.Status);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(ct);
            foreach (var email in emails)
            {
                var invited = await invite.HandleAsync(actor, new Invite.Request(email, programme.Id, ParticipantRole.Coordinator), ct);
                if (!invited.Succeeded) return Result<Guid>.Fail(invited.Errors);
            }
            await tx.CommitAsync(ct);
            return programme.Id;
        }

        public async Task<Result<Unit>> UpdateAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            if (await access.CheckManageAsync(actor, programmeId, ct) is { } denied) return denied;
            var programme = await db.Programmes.FirstAsync(p => p.Id == programmeId, ct);
            var updated = programme.Update(Details(r));
            if (!updated.Succeeded) return updated;
            if (!Enum.IsDefined(r.Status)) return Error.Validation(nameof(r.Status), "Choose a status.");
            programme.SetStatus(r.Status);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        private static ProgrammeDetails Details(Request r) => new(
            r.Name, r.Description, r.StartDate, r.LengthWeeks, r.Cadence,
            r.GettingToKnowEndWeek is { } p1 && r.GoalsEndWeek is { } p2 ? (p1, p2) : null);

        private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;
    }
}
