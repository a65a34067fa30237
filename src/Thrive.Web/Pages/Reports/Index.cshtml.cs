using Thrive.Web.Features.Reports;

namespace Thrive.Web.Pages.Reports;

public sealed class IndexModel(CompareProgrammes.Handler compare) : ThrivePageModel<CompareProgrammes.View>
{
    /// <summary>The programmes chosen (<c>?programmes=id&amp;programmes=id</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "programmes")] public List<Guid> Programmes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(compare.HandleAsync(Actor, Programmes, ct)) ?? Page();

    /// <summary>The comparison as CSV: a header row of programme names, one row per figure (only the header with fewer than two programmes).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var r = await compare.HandleAsync(Actor, Programmes, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        var table = ReportTables.Compare(r.Value!.Columns);
        var text = r.Value.Columns.Count >= 2 ? ReportTables.Csv(table) : CsvText.Write(table.Columns, []);
        return File(CsvText.Bytes(text), CsvText.ContentType, "programmes-compared.csv");
    }
}
