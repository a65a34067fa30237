using Thrive.Domain.Evidence;

namespace Thrive.Domain.Tests;

public sealed class EvidenceTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static EvidenceDetails Details(string? link = "https://github.com/lerato/hooks", int daysAgo = 0, string? skills = "React, hooks", string? note = null) =>
        new(EvidenceKind.Repository, "Small repo of React hooks", link, Today.AddDays(-daysAgo), skills, note);

    [Theory]
    [InlineData("javascript:alert(1)", "Link")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", "Link")]
    [InlineData("ftp://example.com/x", "Link")]
    public void Evidence_links_must_be_web_addresses(string link, string field) =>
        Assert.Contains(Details(link).Validate(Today), e => e.Field == field);

    [Fact]
    public void Evidence_cannot_be_dated_in_the_future_nor_carry_a_huge_note()
    {
        Assert.Contains(Details(daysAgo: -1).Validate(Today), e => e.Field == "On");
        Assert.Contains(Details(note: new string('n', 100_000)).Validate(Today), e => e.Field == "Note");
        Assert.Empty(Details(link: null).Validate(Today));
    }

    [Fact]
    public void Skills_are_trimmed_kept_once_and_limited()
    {
        var item = EvidenceItem.Add(Guid.NewGuid(), Guid.NewGuid(), Details(skills: " React ,hooks,, react ,testing"), Today, Now).Value!;
        Assert.Equal(["React", "hooks", "testing"], item.SkillList);
        Assert.Equal("React, hooks, testing", item.Skills);
        Assert.Contains(Details(skills: string.Join(",", Enumerable.Range(1, 11).Select(i => $"skill{i}"))).Validate(Today), e => e.Field == "Skills");
    }

    [Fact]
    public void Versions_are_numbered_and_from_the_second_on_say_what_changed()
    {
        var cv = CareerAsset.Start(Guid.NewGuid(), Guid.NewGuid(), AssetKind.Cv, Now);
        var v1 = cv.AddVersion("https://example.com/cv.pdf", null, Today, null, Today, Now);
        Assert.Equal(1, v1.Value!.Number);
        var bare = cv.AddVersion(null, "Two pages", Today, null, Today, Now);
        Assert.Contains(bare.Errors, e => e.Field == "Changes");
        Assert.Equal(1, cv.Versions);
        Assert.Contains(cv.AddVersion(null, null, Today, "x", Today, Now).Errors, e => e.Field == "Link");
        Assert.Contains(cv.AddVersion("javascript:alert(1)", null, Today, "x", Today, Now).Errors, e => e.Field == "Link");
        Assert.Contains(cv.AddVersion(null, "s", Today.AddDays(1), "x", Today, Now).Errors, e => e.Field == "On");
        Assert.Equal(2, cv.AddVersion(null, "Two pages", Today, "Cut to two pages.", Today, Now).Value!.Number);
        Assert.Equal(2, cv.Versions);
    }

    [Fact]
    public void A_review_is_asked_once_then_marked_reviewed_once()
    {
        var v = CareerAsset.Start(Guid.NewGuid(), Guid.NewGuid(), AssetKind.LinkedIn, Now).AddVersion("https://www.linkedin.com/in/lerato", null, Today, null, Today, Now).Value!;
        Assert.Equal("not_requested", v.MarkReviewed(Guid.NewGuid(), Now).Errors[0].Code);
        Assert.True(v.RequestReview(Now).Succeeded);
        Assert.Equal(ReviewState.Requested, v.Review);
        Assert.Equal("review_requested", v.RequestReview(Now).Errors[0].Code);
        var mentor = Guid.NewGuid();
        Assert.True(v.MarkReviewed(mentor, Now.AddDays(1)).Succeeded);
        Assert.Equal((ReviewState.Reviewed, mentor, Now.AddDays(1)), (v.Review, v.ReviewedById, v.ReviewedAt));
        Assert.Equal("already_reviewed", v.RequestReview(Now).Errors[0].Code);
        Assert.Equal("not_requested", v.MarkReviewed(mentor, Now).Errors[0].Code);
    }
}
