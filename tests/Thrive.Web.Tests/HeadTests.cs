using System.Net;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The site icon is served from the app itself; HEAD gets what GET gets, without the body.</summary>
public sealed class HeadTests : WebTest
{
    /// <summary>Headers that differ between any two answers (the clock, fresh antiforgery cookies) or that only a body decides.</summary>
    private static readonly HashSet<string> Volatile = new(StringComparer.OrdinalIgnoreCase) { "Date", "Set-Cookie", "Content-Length", "Transfer-Encoding" };

    [Fact]
    public async Task The_site_icon_is_a_real_icon_served_locally()
    {
        var r = await App.Anonymous().GetAsync("/favicon.ico", Ct);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("image/x-icon", r.Content.Headers.ContentType?.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // ICONDIR: reserved 0, type 1 (icon)
        Assert.True(BitConverter.ToUInt16(bytes, 4) >= 1, "The icon holds no image.");
    }

    [Theory]
    [InlineData(null, "/Account/SignIn")]
    [InlineData(null, "/")] // a redirect to sign in
    [InlineData(null, "/favicon.ico")]
    [InlineData(null, "/css/site.css")]
    [InlineData(null, "/healthz")]
    [InlineData(null, "/openapi/v1.json")]
    [InlineData(null, "/api/v1/me")] // 401
    [InlineData(null, "/no-such-page")] // the friendly 404
    [InlineData("mentee", "/")]
    [InlineData("mentee", "/Goals")]
    [InlineData("mentee", "/api/v1/me")]
    [InlineData("mentee", "/api/v1/programmes")]
    [InlineData("mentee", "/Admin/Users")] // denied
    public async Task Head_answers_with_the_status_and_headers_of_get_and_no_body(string? person, string url)
    {
        var given = Given.In(App);
        var client = person is null ? App.Anonymous() : await (await given.MenteeAsync(await given.ProgrammeAsync())).SignInAsync();
        using var get = await client.GetAsync(url, Ct);
        var getBody = await get.Content.ReadAsByteArrayAsync(Ct);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), Ct);

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(Headers(get), Headers(head));
        Assert.Equal(get.Headers.Select(h => h.Key).Where(k => k == "Set-Cookie"), head.Headers.Select(h => h.Key).Where(k => k == "Set-Cookie"));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
        // When HEAD states a length (static files do), it is the length of what GET sends. (NonValidated: reading
        // ContentLength would have the client compute one from the empty body.)
        var stated = head.Content.Headers.NonValidated.TryGetValues("Content-Length", out var length) ? length.ToString() : null;
        if (stated is not null) Assert.Equal(getBody.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), stated);
        if (url is "/favicon.ico" or "/css/site.css") Assert.NotNull(stated);
    }

    [Fact]
    public async Task Every_get_route_answers_head_with_the_same_status()
    {
        var world = await TestWorld.SetUpAsync(App, Ct);
        var client = await TestWorld.ClientForAsync(App, world, Persona.MenteeA);
        var failures = new List<string>();
        var routes = TestWorld.Routes(App).Where(r => r.StartsWith("GET ", StringComparison.Ordinal) && r != "GET /Account/SignOut").ToList();
        foreach (var route in routes)
        {
            var (_, url) = TestWorld.Fill(route, world);
            using var get = await client.GetAsync(url, Ct);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), Ct);
            var body = await head.Content.ReadAsByteArrayAsync(Ct);
            if (head.StatusCode != get.StatusCode || body.Length != 0 || head.Content.Headers.ContentType?.MediaType != get.Content.Headers.ContentType?.MediaType)
                failures.Add($"HEAD {url}: {(int)head.StatusCode} {head.Content.Headers.ContentType?.MediaType} with {body.Length} bytes; GET: {(int)get.StatusCode} {get.Content.Headers.ContentType?.MediaType}");
        }
        Assert.True(routes.Count > 50, "The route list is empty.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static List<string> Headers(HttpResponseMessage r) => r.Headers.Concat(r.Content.Headers)
        .Where(h => !Volatile.Contains(h.Key))
        .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
        .Order(StringComparer.Ordinal).ToList();
}
