namespace Thrive.Web.Features.Intake;

/// <summary>A programme's applications for those who review them: open ones first, filtered by role and status, paged.</summary>
public static class ListApplications
{
    /// <summary>The filter: one role, one status, or all.</summary>
    public sealed record Request
    {
        public ParticipantRole? Role { get; init; }
        public ApplicationStatus? Status { get; init; }
    }

    public sealed record ApplicationRow(Guid Id, string Name, string Email, ParticipantRole Role, ApplicationStatus Status,
        int YearsInField, string TechStack, Focus Focus, string TimeZone, int Capacity, DateTimeOffset? AppliedAt);

    /// <summary>One page of applications, and whether the reader may also invite people (the page links to the invitation form).</summary>
    public sealed record View(Page<ApplicationRow> Applications, bool CanInvite);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, Request r, PageRequest page, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Application.Review, programmeId, ct);
            if (grant.Denied is { } denied) return denied;
            var q = db.Participants.Where(p => p.ProgrammeId == programmeId && p.Role != ParticipantRole.Coordinator);
            if (r.Role is { } role) q = q.Where(p => p.Role == role);
            if (r.Status is { } status) q = q.Where(p => p.Status == status);
            var total = await q.CountAsync(ct);
            var items = await q
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p, u })
                .OrderBy(x => x.p.Status == ApplicationStatus.Applied ? 0 : x.p.Status == ApplicationStatus.Invited ? 1 : 2)
                .ThenBy(x => x.u.DisplayName).ThenBy(x => x.p.Id)
                .Skip(page.Skip).Take(page.Size)
                .Select(x => new ApplicationRow(x.p.Id, x.u.DisplayName, x.u.Email!, x.p.Role, x.p.Status, x.p.Answers.YearsInField,
                    x.p.Answers.TechStack, x.p.Answers.Focus, x.p.Answers.TimeZone, x.p.Answers.Capacity, x.p.AppliedAt))
                .ToListAsync(ct);
            return new View(new Page<ApplicationRow>(items, page.Number, page.Size, total), grant.May(Policy.Programme.Manage));
        }
    }
}
