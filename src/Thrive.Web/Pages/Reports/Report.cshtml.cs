using Thrive.Web.Features.Reports;

namespace Thrive.Web.Pages.Reports;

public sealed class ReportModel(GetProgrammeReport.Handler get) : ThrivePageModel<GetProgrammeReport.View>
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(get.HandleAsync(Actor, id, ct)) ?? Page();

    /// <summary>One of the report's tables as CSV (<c>?handler=Csv&amp;table=sessions</c>); an unknown table is a 404.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id, string? table, CancellationToken ct)
    {
        var r = await get.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        var found = ReportTables.Of(r.Value!).FirstOrDefault(t => t.Key == table);
        if (found is null) return NotFound();
        return File(CsvText.Bytes(ReportTables.Csv(found)), CsvText.ContentType, $"report-{found.Key}-{id:N}.csv");
    }
}
