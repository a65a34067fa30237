namespace Thrive.Web.Tests.Infrastructure;

/// <summary>A page as one person received it.</summary>
public sealed record FetchedPage(Persona Persona, string Url, int Status, string Html);

/// <summary>
/// Every page of the app (each GET route from its own endpoint data, filled with the test world's ids) as each
/// role sees it: what the outside checkers (the Nu HTML Checker, the link check, Chromium's console) read.
/// </summary>
public static class PageTour
{
    /// <summary>One person per role: nobody, a mentee, a mentor, a coordinator and an admin.</summary>
    public static readonly Persona[] Roles = [Persona.Anonymous, Persona.MenteeA, Persona.MentorA, Persona.Coordinator, Persona.Admin];

    /// <summary>Routes that are not pages (the API, files, the health probe) or that end the visit (signing out).</summary>
    private static bool IsPage(string route) =>
        route.StartsWith("GET /", StringComparison.Ordinal)
        && !route.StartsWith("GET /api/", StringComparison.Ordinal)
        && route is not "GET /healthz" and not "GET /openapi/{documentName}.json" and not "GET /calendar/{token}.ics"
            and not "GET /Programmes/{id}/Export" and not "GET /Account/SignOut";

    /// <summary>The page URLs of the app, with the ids of <paramref name="world"/>.</summary>
    public static List<string> PageUrls(ThriveApp app, World world) =>
        TestWorld.Routes(app).Where(IsPage).Select(r => TestWorld.Fill(r, world).Url).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The HTML answers of every page to <paramref name="persona"/> (redirects and denials have none).</summary>
    public static async Task<List<FetchedPage>> VisitAsync(ThriveApp app, World world, Persona persona, CancellationToken ct)
    {
        var client = await TestWorld.ClientForAsync(app, world, persona);
        var pages = new List<FetchedPage>();
        foreach (var url in PageUrls(app, world))
        {
            using var response = await client.GetAsync(url, ct);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            pages.Add(new FetchedPage(persona, url, (int)response.StatusCode, await response.Content.ReadAsStringAsync(ct)));
        }
        return pages;
    }
}
