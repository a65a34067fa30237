using System.Net;
using Thrive.Domain.MentorTypes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class MentorDirectoryTests : WebTest
{
    [Fact]
    public async Task A_mentee_sees_the_programmes_mentors_with_free_places_first_their_type_and_twelve_a_page()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var full = await given.MentorAsync(programme, "Aaron Full", capacity: 1);
        await given.PairAsync(programme, mentor: full);
        var coach = await given.MentorAsync(programme, "Zoe Coach", capacity: 2);
        for (var i = 0; i < 11; i++) await given.MentorAsync(programme, $"Mentor {i:00}", capacity: 1);
        await App.WithDbAsync(async db =>
        {
            db.MentorTypeResults.Add(MentorTypeResult.Take(coach.Id, MentorTypeQuiz.Questions.Select(q => (bool?)(q.Type == MentorType.Coach)).ToList(), DateTimeOffset.UtcNow).Value!);
            return await db.SaveChangesAsync();
        });
        var mentee = await (await given.MenteeAsync(programme, "Ayesha Khan")).SignInAsync();
        var url = $"/Programmes/{programme.Id}/Mentors";

        var first = WebUtility.HtmlDecode(await mentee.GetStringAsync(url, Ct));
        Assert.Contains("13 mentors, 13 free places", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Zoe Coach", StringComparison.Ordinal) < first.IndexOf("Mentor 00", StringComparison.Ordinal)); // two free places before one
        Assert.Contains("2 of 2 free", first, StringComparison.Ordinal);
        Assert.Contains("/MentorType/Types#type-coach", first, StringComparison.Ordinal);
        Assert.Contains(">ZC<", first, StringComparison.Ordinal); // initials stand in for a photo
        Assert.DoesNotContain("Aaron Full", first, StringComparison.Ordinal);
        var second = WebUtility.HtmlDecode(await mentee.GetStringAsync(url + "?page=2", Ct));
        Assert.Contains("Aaron Full", second, StringComparison.Ordinal); // full: last
        Assert.Contains(">full<", second, StringComparison.Ordinal);
        Assert.Contains($"/Programmes/{programme.Id}/Mentors", await mentee.GetStringAsync($"/Programmes/{programme.Id}", Ct), StringComparison.Ordinal);

        var other = await given.ProgrammeAsync();
        var outsider = await (await given.MenteeAsync(other)).SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(url, Ct)).StatusCode);
    }
}
