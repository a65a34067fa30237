namespace Thrive.Web.Features.Intake;

/// <summary>An invited mentor or mentee fills in (or revises, until it is reviewed) their application.</summary>
public static class SubmitApplication
{
    /// <summary>The application form: each focus is a checkbox; mentors say how many mentees they take, mentees name their team.</summary>
    public sealed record Request
    {
        public int YearsInField { get; init; }
        public string? TechStack { get; init; }
        public bool FocusTechnical { get; init; }
        public bool FocusCareer { get; init; }
        public bool FocusPersonal { get; init; }
        public string? Availability { get; init; }
        public string? Location { get; init; }
        public string? TimeZone { get; init; }
        public string? Interests { get; init; }
        public string? Motivation { get; init; }
        public int Capacity { get; init; } = 1;
        public string? ManagesTeam { get; init; }
        public string? Team { get; init; }
        public string? ManagerEmail { get; init; }

        /// <summary>The focus the checkboxes add up to (its errors show beside them).</summary>
        public Focus Focus => (FocusTechnical ? Focus.Technical : 0) | (FocusCareer ? Focus.Career : 0) | (FocusPersonal ? Focus.Personal : 0);

        public ApplicationAnswers ToAnswers() => new(YearsInField, TechStack ?? "", Focus, Availability ?? "", Location ?? "", TimeZone ?? "",
            Interests ?? "", Motivation ?? "", Capacity, ManagesTeam ?? "", Team ?? "", ManagerEmail ?? "");

        /// <summary>The stored answers as the form shows them; a new application starts in <paramref name="timeZone"/>.</summary>
        public static Request From(ApplicationAnswers a, string timeZone)
        {
            ArgumentNullException.ThrowIfNull(a);
            return new()
            {
                YearsInField = a.YearsInField, TechStack = a.TechStack, FocusTechnical = a.Focus.HasFlag(Focus.Technical), FocusCareer = a.Focus.HasFlag(Focus.Career),
                FocusPersonal = a.Focus.HasFlag(Focus.Personal), Availability = a.Availability, Location = a.Location,
                TimeZone = string.IsNullOrEmpty(a.TimeZone) ? timeZone : a.TimeZone, Interests = a.Interests, Motivation = a.Motivation,
                Capacity = a.Capacity == 0 ? 1 : a.Capacity, ManagesTeam = a.ManagesTeam, Team = a.Team, ManagerEmail = a.ManagerEmail,
            };
        }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Application.Fill, programmeId, ct)).Denied is { } denied) return denied;
            var place = await db.Participants.FirstAsync(p => p.ProgrammeId == programmeId && p.UserId == actor.UserId, ct);
            var result = place.Submit(r.ToAnswers(), reader.UtcNow);
            if (result.Succeeded) await db.SaveChangesAsync(ct);
            return result;
        }
    }
}
