using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// A cookie-authenticated unsafe API call needs the antiforgery header and must not come from another site's page:
/// otherwise any page the person visits could post to the API with their cookie.
/// </summary>
public sealed class ApiAntiforgeryTests : WebTest
{
    private async Task<(HttpClient Client, Guid Board)> MenteeWithoutHeaderAsync()
    {
        var given = Given.In(App);
        var mentee = await given.MenteeAsync(await given.ProgrammeAsync());
        var board = await given.BoardAsync(mentee);
        // Signed in through the form, as SignedInAsync does, but without telling the client the header.
        var client = App.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(client, "/Account/SignIn",
            new() { ["Input.Email"] = mentee.Email, ["Input.Password"] = ThriveApp.Password })).StatusCode);
        return (client, board.Id);
    }

    private Task<int> TasksTitledAsync(string title) => App.WithDbAsync(db => db.Tasks.CountAsync(t => t.Title == title));

    private static async Task<string?> CodeOf(HttpResponseMessage r)
    {
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("code").GetString();
    }

    private static HttpRequestMessage AddTask(Guid board, string title, string? token, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/boards/{board}/tasks") { Content = JsonContent.Create(new { title }) };
        if (token is not null) request.Headers.Add(ApiAntiforgery.HeaderName, token);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    [Fact]
    public async Task A_json_post_without_the_header_is_refused_with_400_and_writes_nothing()
    {
        var (client, board) = await MenteeWithoutHeaderAsync();

        var r = await client.SendAsync(AddTask(board, "Forged card", token: null), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("antiforgery", await CodeOf(r));
        Assert.Equal(0, await TasksTitledAsync("Forged card"));
        // A wrong token is no better than none.
        var wrong = await client.SendAsync(AddTask(board, "Forged card", token: "not-a-token"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(0, await TasksTitledAsync("Forged card"));
    }

    [Fact]
    public async Task Put_and_delete_need_the_header_too_and_reads_do_not()
    {
        var (client, board) = await MenteeWithoutHeaderAsync();
        var column = await App.WithDbAsync(db => db.BoardColumns.Where(c => c.BoardId == board).Select(c => c.Id).FirstAsync());

        var put = await client.PutAsJsonAsync($"/api/v1/columns/{column}", new { name = "Renamed by another site" }, Ct);
        var delete = await client.DeleteAsync($"/api/v1/columns/{column}", Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (put.StatusCode, delete.StatusCode));
        Assert.Equal("antiforgery", await CodeOf(delete));
        Assert.True(await App.WithDbAsync(db => db.BoardColumns.AnyAsync(c => c.Id == column && !c.IsDeleted && c.Name != "Renamed by another site")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/boards/{board}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_post_from_another_sites_page_is_refused_with_403_even_with_a_token()
    {
        var (client, board) = await MenteeWithoutHeaderAsync();
        var token = ThriveApp.AntiforgeryToken(await client.GetStringAsync("/", Ct));

        foreach (var origin in new[] { "https://evil.example", "http://localhost:8080", "null" })
        {
            var r = await client.SendAsync(AddTask(board, "Card from " + origin, token, origin), Ct);
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            Assert.Equal("foreign_origin", await CodeOf(r));
        }
        Assert.Equal(0, await App.WithDbAsync(db => db.Tasks.CountAsync(t => t.Title.StartsWith("Card from "))));
    }

    [Fact]
    public async Task With_the_header_from_the_page_and_its_own_origin_the_post_works()
    {
        var (client, board) = await MenteeWithoutHeaderAsync();
        var token = ThriveApp.AntiforgeryToken(await client.GetStringAsync("/", Ct));

        var r = await client.SendAsync(AddTask(board, "Card from the board page", token, origin: App.BaseAddress.GetLeftPart(UriPartial.Authority)), Ct);
        var noOrigin = await client.SendAsync(AddTask(board, "Card from a script", token), Ct);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (r.StatusCode, noOrigin.StatusCode));
        Assert.Equal(1, await TasksTitledAsync("Card from the board page"));
    }

    [Fact]
    public async Task Without_the_cookie_the_check_does_not_apply_and_the_answer_stays_401()
    {
        var anonymous = App.Anonymous();
        var (_, board) = await MenteeWithoutHeaderAsync();

        var r = await anonymous.SendAsync(AddTask(board, "Anonymous card", token: null, origin: "https://evil.example"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
    }
}
