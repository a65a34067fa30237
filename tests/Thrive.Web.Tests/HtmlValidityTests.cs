using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Every page, as each role sees it, passes the Nu HTML Checker (the W3C validator) with no error.</summary>
public sealed class HtmlValidityTests : WebTest
{
    [Fact]
    public async Task Every_page_per_role_passes_the_Nu_HTML_Checker()
    {
        var world = await TestWorld.SetUpAsync(App, Ct);
        var folder = Directory.CreateTempSubdirectory("thrive-vnu-");
        try
        {
            var pages = new Dictionary<string, FetchedPage>(StringComparer.Ordinal);
            foreach (var persona in PageTour.Roles)
                foreach (var page in await PageTour.VisitAsync(App, world, persona, Ct))
                {
                    var file = Path.Combine(folder.FullName, $"{pages.Count:D3}.html");
                    await File.WriteAllTextAsync(file, AsDocument(page.Html), Ct);
                    pages[file] = page;
                }
            Assert.True(pages.Count > 60, $"Only {pages.Count} pages were fetched; the tour is broken.");

            var errors = (await NuHtmlChecker.CheckAsync(pages.Keys, Ct)).Where(m => m.Type != "info").ToList();
            var report = errors.Select(m => pages.TryGetValue(m.File, out var p)
                ? $"{p.Persona} {p.Url} line {m.Line}: {m.Text} [{m.Extract.Trim()}]"
                : $"{m.File}: {m.Text}");
            Assert.True(errors.Count == 0, $"{errors.Count} errors in {pages.Count} pages:\n" + string.Join("\n", report));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A fragment that htmx swaps into a page (the SMART coach's panel) is checked inside a minimal document.</summary>
    private static string AsDocument(string html) => html.TrimStart().StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
        ? html
        : $"<!DOCTYPE html><html lang=\"en\"><head><title>Fragment</title></head><body>{html}</body></html>";
}
