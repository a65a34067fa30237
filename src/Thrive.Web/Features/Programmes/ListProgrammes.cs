namespace Thrive.Web.Features.Programmes;

/// <summary>The programmes the reader has a place in (admins: every programme), newest first, each with its week on the reader's day.</summary>
public static class ListProgrammes
{
    public sealed record ProgrammeSummary(Guid Id, string Name, ProgrammeStatus Status, DateOnly StartDate, int LengthWeeks, string WeekLine);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Page<ProgrammeSummary>>> HandleAsync(Actor actor, PageRequest page, CancellationToken ct)
        {
            var all = (await access.CheckAsync(actor, Policy.Installation.Administer, Guid.Empty, ct)).Allowed;
            // The same places that let a person read a programme's page: any but a declined one.
            var q = all ? db.Programmes : db.Programmes.Where(g => db.Participants.Any(x => x.ProgrammeId == g.Id && x.UserId == actor.UserId && x.Status != ApplicationStatus.Declined));
            var total = await q.CountAsync(ct);
            var rows = await q.OrderByDescending(g => g.StartDate).ThenBy(g => g.Id).Skip(page.Skip).Take(page.Size).AsNoTracking().ToListAsync(ct);
            var today = reader.Today;
            return new Page<ProgrammeSummary>(rows.Select(g => new ProgrammeSummary(g.Id, g.Name, g.Status, g.StartDate, g.LengthWeeks, g.WeekLine(today))).ToList(), page.Number, page.Size, total);
        }
    }
}
