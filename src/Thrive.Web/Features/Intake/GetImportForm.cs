namespace Thrive.Web.Features.Intake;

/// <summary>The CSV import form of a programme, for those who review its applications.</summary>
public static class GetImportForm
{
    /// <summary>The programme and the columns a file may have (all but the exported status).</summary>
    public sealed record View(Guid ProgrammeId, string ProgrammeName, IReadOnlyList<string> Columns);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Application.Review, programmeId, ct)).Denied is { } denied) return denied;
            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            return new View(programmeId, name, ParticipantsCsv.Columns.Where(c => c != "status").ToList());
        }
    }
}
