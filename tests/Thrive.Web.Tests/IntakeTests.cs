using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class IntakeTests : WebTest
{
    /// <summary>A programme with Lerato accepted as a mentee, and open applications from Nandi and Ayesha (mentees) and Bram (mentor).</summary>
    private sealed record World(GivenProgramme Programme, GivenPerson Lerato, GivenPerson Nandi);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var lerato = await given.MenteeAsync(programme, "Lerato Mokoena");
        var nandi = await given.MenteeAsync(programme, "Nandi Zulu", status: ApplicationStatus.Applied, techStack: "Go, Kubernetes");
        await given.MenteeAsync(programme, "Ayesha Khan", status: ApplicationStatus.Applied);
        await given.MentorAsync(programme, "Bram Smit", status: ApplicationStatus.Applied);
        return new World(programme, lerato, nandi);
    }

    private static Dictionary<string, string> Application(string timeZone = "Africa/Johannesburg", string stack = "Go", string capacity = "2") => new()
    {
        ["Input.YearsInField"] = "2", ["Input.TechStack"] = stack, ["Input.FocusTechnical"] = "true", ["Input.Availability"] = "Mondays",
        ["Input.TimeZone"] = timeZone, ["Input.Motivation"] = "Grow", ["Input.Capacity"] = capacity,
    };

    [Fact]
    public async Task Applicant_revises_their_application_until_it_is_reviewed()
    {
        var world = await WorldAsync();
        var id = world.Programme.Id;
        var place = world.Nandi.Place!.Value;
        var applicant = await world.Nandi.SignInAsync();
        var bad = await ThriveApp.PostFormAsync(applicant, $"/Programmes/{id}/Apply", Application(timeZone: "Atlantis/Deep", stack: ""));
        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Tech stack is required", html, StringComparison.Ordinal);
        Assert.Contains("Choose a time zone", html, StringComparison.Ordinal);
        Assert.Equal("Go, Kubernetes", await App.WithDbAsync(db => db.Participants.Where(p => p.Id == place).Select(p => p.Answers.TechStack).SingleAsync()));

        var ok = await ThriveApp.PostFormAsync(applicant, $"/Programmes/{id}/Apply", Application(stack: "Go, Kubernetes, Rust"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var detail = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{id}/Applications/{place}", Ct));
        Assert.Contains("Go, Kubernetes, Rust", detail, StringComparison.Ordinal);
        var notes = await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{id}/Applications/{place}?handler=Notes", new() { ["Notes.CallNotes"] = "Good call; wants confidence in meetings." }, $"/Programmes/{id}/Applications/{place}");
        Assert.Equal(HttpStatusCode.Redirect, notes.StatusCode);
        var decide = await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{id}/Applications/{place}?handler=Decide", new() { ["accept"] = "true" }, $"/Programmes/{id}/Applications/{place}");
        Assert.Equal(HttpStatusCode.Redirect, decide.StatusCode);
        var saved = await App.WithDbAsync(db => db.Participants.Where(p => p.Id == place).Select(p => new { p.Status, p.CallNotes }).SingleAsync());
        Assert.Equal(ApplicationStatus.Accepted, saved.Status);
        Assert.StartsWith("Good call", saved.CallNotes, StringComparison.Ordinal);

        var locked = await ThriveApp.PostFormAsync(applicant, $"/Programmes/{id}/Apply", Application(stack: "COBOL"));
        Assert.Contains("already been reviewed", await locked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applications_list_filters_and_pages()
    {
        var world = await WorldAsync();
        var id = world.Programme.Id;
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var applied = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{id}/Applications?Status=Applied", Ct));
        Assert.Contains("Ayesha Khan", applied, StringComparison.Ordinal);
        Assert.Contains("Bram Smit", applied, StringComparison.Ordinal);
        Assert.DoesNotContain("Lerato Mokoena", applied, StringComparison.Ordinal);
        var mentors = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{id}/Applications?Role=Mentor&Status=Applied", Ct));
        Assert.Contains("Bram Smit", mentors, StringComparison.Ordinal);
        Assert.DoesNotContain("Ayesha Khan", mentors, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid id, string csv)
    {
        var page = await client.GetStringAsync($"/Programmes/{id}/Import", Ct);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(ThriveApp.AntiforgeryToken(page)), "__RequestVerificationToken");
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Import.File", "people.csv");
        return await client.PostAsync($"/Programmes/{id}/Import", form, Ct);
    }

    [Fact]
    public async Task Csv_import_with_any_bad_row_imports_nothing_and_lists_every_problem()
    {
        var world = await WorldAsync();
        var id = world.Programme.Id;
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var before = await App.WithDbAsync(db => db.Participants.CountAsync());
        const string csv = """
            email,name,role,years_in_field,tech_stack,focus,availability,time_zone,capacity
            good.one@example.com,Good One,mentee,2,Java,technical,Mondays,Africa/Johannesburg,
            bad-email,Bad Email,mentee,2,Java,technical,Mondays,Africa/Johannesburg,
            good.two@example.com,Good Two,wizard,2,Java,technical,Mondays,Africa/Johannesburg,
            mentor.x@example.com,Mentor X,mentor,ten,Go,career;cooking,Fridays,Nowhere/Land,0
            good.one@example.com,Again,mentee,2,Java,technical,Mondays,UTC,
            """;
        var r = await ImportAsync(coordinator, id, csv);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Nothing was imported", html, StringComparison.Ordinal);
        Assert.Contains("\"bad-email\" is not a valid email address", html, StringComparison.Ordinal);
        Assert.Contains("Role must be \"mentor\" or \"mentee\", not \"wizard\"", html, StringComparison.Ordinal);
        Assert.Contains("\"ten\" is not a whole number", html, StringComparison.Ordinal);
        Assert.Contains("\"cooking\" is not a focus", html, StringComparison.Ordinal);
        Assert.Contains("Choose a time zone", html, StringComparison.Ordinal);
        Assert.Contains("Capacity must be between 1 and 10", html, StringComparison.Ordinal);
        Assert.Contains("is also on line 2", html, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Participants.CountAsync()));
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "good.one@example.com")));
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("name,role\nAda,mentee\n", "no \"email\" column")]
    [InlineData("email,name,role,shoe_size\na@b.co,A,mentee,42\n", "Unknown column \"shoe_size\"")]
    [InlineData("email,name,role\n", "no participants")]
    [InlineData("email,name,role,tech_stack,focus,availability,time_zone\n{member},Lerato,mentee,CSS,technical,Mondays,UTC\n", "already has a place")]
    public async Task Malformed_csv_gets_a_clear_message(string csv, string message)
    {
        var world = await WorldAsync();
        var id = world.Programme.Id;
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var r = csv.Length == 0
            ? await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{id}/Import", new())
            : await ImportAsync(coordinator, id, csv.Replace("{member}", world.Lerato.Email, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct));
        Assert.Contains(csv.Length == 0 ? "Choose a CSV file" : message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Good_csv_imports_everyone_and_invites_new_people()
    {
        var world = await WorldAsync();
        var id = world.Programme.Id;
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        const string csv = """
            email,name,role,years_in_field,tech_stack,focus,availability,location,time_zone,interests,motivation,capacity,manages_team,team,manager_email
            imported.mentee@example.com,Imported Mentee,mentee,1,Python,technical;career,Tuesdays,Leiden,Europe/Amsterdam,chess,"Learn testing, properly",,,Team Blue,lead@example.com
            imported.mentor@example.com,Imported Mentor,mentor,15,Rust,technical,Fridays,Cape Town,Africa/Johannesburg,sailing,Systems,3,Team Red,,
            """;
        var r = await ImportAsync(coordinator, id, csv);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var link = await App.LastLinkToAsync("imported.mentee@example.com");
        var guest = App.Anonymous();
        var accept = await ThriveApp.PostFormAsync(guest, link, new() { ["Input.DisplayName"] = "Imported Mentee", ["Input.Password"] = "Strong-pass-42", ["Input.ConfirmPassword"] = "Strong-pass-42", ["Input.TimeZone"] = "Europe/Amsterdam" });
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);

        var export = await coordinator.GetAsync($"/Programmes/{id}/Export", Ct);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var text = await export.Content.ReadAsStringAsync(Ct);
        Assert.Contains("imported.mentor@example.com,Imported Mentor,mentor,15,Rust,technical", text, StringComparison.Ordinal);
        Assert.Contains("\"Learn testing, properly\"", text, StringComparison.Ordinal);
        Assert.Contains($"{world.Lerato.Email},Lerato Mokoena,mentee", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_applications_invites_people_and_decides_only_on_what_was_applied_for()
    {
        var world = await WorldAsync();
        var id = world.Programme.Id;
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        // A person with an account but no place in the programme yet.
        var outsider = await Given.In(App).PersonAsync("Pieter de Vries");
        var mentors = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{id}/applications?role=Mentor&status=Applied", Ct);
        Assert.Equal("Bram Smit", mentors.GetProperty("items").EnumerateArray().Single().GetProperty("name").GetString());

        // The outsider has an account but no place: the invitation gives them one, not yet applied for.
        var invited = await coordinator.PostAsJsonAsync($"/api/v1/programmes/{id}/invitations", new { email = outsider.Email, role = "Mentee" }, Ct);
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.True((await invited.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("existingAccount").GetBoolean());
        var again = await coordinator.PostAsJsonAsync($"/api/v1/programmes/{id}/invitations", new { email = outsider.Email, role = "Mentee" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        var early = await coordinator.PostAsync($"/api/v1/programmes/{id}/applications/{await App.WithDbAsync(db => db.Participants.Where(p => p.ProgrammeId == id && p.UserId == outsider.Id).Select(p => p.Id).SingleAsync())}/decision?accept=true", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);
        var bram = await App.WithDbAsync(db => db.Participants.Where(p => p.ProgrammeId == id && p.Role == ParticipantRole.Mentor && p.Status == ApplicationStatus.Applied).Select(p => p.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync($"/api/v1/programmes/{id}/applications/{bram}/decision?accept=true", null, Ct)).StatusCode);
        Assert.Equal(ApplicationStatus.Accepted, await App.WithDbAsync(db => db.Participants.Where(p => p.Id == bram).Select(p => p.Status).SingleAsync()));

        var mentee = await world.Lerato.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mentee.GetAsync($"/api/v1/programmes/{id}/applications", Ct)).StatusCode);
    }
}
