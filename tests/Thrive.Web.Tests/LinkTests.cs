using System.Net;
using System.Text.RegularExpressions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>No page shows a person a link that answers them 403: what they may not open, they are not offered.</summary>
public sealed partial class LinkTests : WebTest
{
    private const int MaxLinksPerPerson = 5000;

    [Fact]
    public async Task No_page_links_a_person_to_something_they_may_not_open()
    {
        var world = await TestWorld.SetUpAsync(App, Ct);
        var failures = new List<string>();
        var checkedLinks = 0;
        foreach (var persona in Enum.GetValues<Persona>())
        {
            // From every page of the tour, follow each same-site link once, and the links on the pages they lead to.
            var client = await TestWorld.ClientForAsync(App, world, persona);
            var linkedFrom = new Dictionary<string, string>(StringComparer.Ordinal);
            var queue = new Queue<string>();
            foreach (var page in await PageTour.VisitAsync(App, world, persona, Ct))
                foreach (var link in SameSiteLinks(page.Html))
                    if (linkedFrom.TryAdd(link, page.Url)) queue.Enqueue(link);
            while (queue.TryDequeue(out var link))
            {
                if (link.StartsWith("/Account/SignOut", StringComparison.Ordinal)) continue;
                Assert.True(linkedFrom.Count < MaxLinksPerPerson, $"{persona} reached more than {MaxLinksPerPerson} links; the crawl does not end.");
                using var response = await client.GetAsync(link, Ct);
                checkedLinks++;
                if (response.StatusCode == HttpStatusCode.Forbidden) failures.Add($"{persona}: {linkedFrom[link]} links to {link}, which answers 403");
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                foreach (var next in SameSiteLinks(await response.Content.ReadAsStringAsync(Ct)))
                    if (linkedFrom.TryAdd(next, link)) queue.Enqueue(next);
            }
        }
        Assert.True(checkedLinks > 100, $"Only {checkedLinks} links were followed; the tour is broken.");
        Assert.True(failures.Count == 0, $"{failures.Count} links lead to 403:\n" + string.Join("\n", failures));
    }

    /// <summary>The path and query of every link to this site (fragments dropped).</summary>
    private static IEnumerable<string> SameSiteLinks(string html) => HrefRegex().Matches(html)
        .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
        .Select(href => href.StartsWith("http://localhost/", StringComparison.Ordinal) ? href["http://localhost".Length..] : href)
        .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        .Select(href => href.Split('#')[0])
        .Where(href => href.Length > 0);

    [GeneratedRegex("<a\\b[^>]*\\bhref=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HrefRegex();
}
