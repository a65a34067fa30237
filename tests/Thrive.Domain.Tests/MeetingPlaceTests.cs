using Thrive.Domain.Sessions;

namespace Thrive.Domain.Tests;

public sealed class MeetingPlaceTests
{
    [Theory]
    [InlineData("https://meet.example.org/thrive-pair", true)]
    [InlineData("http://intranet.example.org/rooms/4", true)]
    [InlineData("Room 4.12, Keizersgracht 1", false)]
    [InlineData("Cafe: Main Street 3", false)]
    [InlineData("", false)]
    public void A_web_link_or_a_place_in_words_is_accepted(string place, bool link)
    {
        var r = MeetingPlace.Check($"  {place} ", "Place");
        Assert.True(r.Succeeded);
        Assert.Equal(place, r.Value);
        Assert.Equal(link, MeetingPlace.IsLink(r.Value));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("ftp://files.example.org/room")]
    [InlineData("https://")]
    [InlineData("Room 4\nsecond floor")]
    public void Other_links_and_lines_are_refused_beside_the_field(string place)
    {
        var r = MeetingPlace.Check(place, "Place");
        Assert.False(r.Succeeded);
        Assert.Equal("Place", r.Errors[0].Field);
    }

    [Fact]
    public void A_place_longer_than_200_characters_is_refused_and_a_session_place_wins_over_the_plans()
    {
        Assert.False(MeetingPlace.Check(new string('x', MeetingPlace.Max + 1), "Place").Succeeded);
        Assert.Equal("Room 2", MeetingPlace.Of("Room 2", "https://meet.example.org/a"));
        Assert.Equal("https://meet.example.org/a", MeetingPlace.Of("", "https://meet.example.org/a"));
    }
}
