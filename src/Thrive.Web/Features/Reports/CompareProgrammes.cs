namespace Thrive.Web.Features.Reports;

/// <summary>
/// Cohorts side by side: the programmes a coordinator runs (an admin: every programme) to choose from, and the
/// headline figures of the chosen ones in columns. Programmes the reader does not run are left out, never shown.
/// The same number of SQL commands for two programmes as for twenty.
/// </summary>
public static class CompareProgrammes
{
    /// <summary>At most this many programmes are offered and compared.</summary>
    public const int Max = 50;

    public sealed record Choice(Guid ProgrammeId, string Name, DateOnly StartDate, ProgrammeStatus Status, bool Chosen);

    /// <param name="Columns">The chosen programmes' figures, in the order of <paramref name="Choices"/>; empty until two or more are chosen.</param>
    public sealed record View(IReadOnlyList<Choice> Choices, IReadOnlyList<ReportFigures.Headline> Columns);

    public sealed class Handler(ThriveDbContext db, ReportFigures figures)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, IReadOnlyList<Guid> chosen, CancellationToken ct)
        {
            var me = actor.UserId;
            var runs = db.Participants.Where(p => p.UserId == me && p.Role == ParticipantRole.Coordinator && p.Status == ApplicationStatus.Accepted).Select(p => p.ProgrammeId);
            var admin = actor.IsAdmin;
            var choices = await db.Programmes.AsNoTracking().Where(g => admin || runs.Contains(g.Id))
                .OrderByDescending(g => g.StartDate).ThenBy(g => g.Name).ThenBy(g => g.Id).Take(Max)
                .Select(g => new { g.Id, g.Name, g.StartDate, g.Status }).ToListAsync(ct);
            if (choices.Count == 0 && !admin) return Error.Forbidden();
            var picked = choices.Where(c => chosen.Contains(c.Id)).Select(c => c.Id).ToList();
            var columns = picked.Count >= 2 ? await figures.HeadlinesAsync(picked, ct) : [];
            return new View(choices.Select(c => new Choice(c.Id, c.Name, c.StartDate, c.Status, picked.Contains(c.Id))).ToList(), columns);
        }
    }
}
