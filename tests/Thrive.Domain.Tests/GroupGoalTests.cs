using Thrive.Domain.Groups;

namespace Thrive.Domain.Tests;

public sealed class GroupGoalTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static Group Make(GroupKind kind) =>
        Group.Create(null, new GroupDetails(kind, "Club", "Read and meet.", 6, JoinPolicy.Open, kind == GroupKind.BookClub ? "Dare to Lead" : null), [Guid.NewGuid()], Guid.NewGuid(), Now).Value.Group;

    private static readonly GroupStep[] Steps =
    [
        new(Monday, 2, "Read Part 1 (Chapters 1–2)"),
        new(Monday, 3, "Read Part 2 (Chapters 3–5)"),
        new(Monday.AddDays(7), 1, "Read Part 3 (Chapter 6)"),
    ];

    [Fact]
    public void Chapters_read_add_up_from_the_baseline_one_value_per_day()
    {
        var points = GroupGoal.Points(2, GoalFollows.ChaptersRead, Steps);
        Assert.Equal([(Monday, 7m), (Monday.AddDays(7), 8m)], points.Select(p => (p.Date, p.Value)));
        Assert.Equal("Read Part 1 (Chapters 1–2); Read Part 2 (Chapters 3–5)", points[0].Note);
    }

    [Fact]
    public void Parts_and_meetings_count_one_each_and_nothing_done_gives_no_value()
    {
        Assert.Equal([2m, 3m], GroupGoal.Points(null, GoalFollows.PartsRead, Steps).Select(p => p.Value));
        Assert.Equal([2m, 3m], GroupGoal.Points(0, GoalFollows.MeetingsAttended, Steps).Select(p => p.Value));
        Assert.Empty(GroupGoal.Points(5, GoalFollows.ChaptersRead, []));
    }

    [Fact]
    public void A_long_day_is_noted_in_at_most_two_hundred_characters()
    {
        var many = Enumerable.Range(1, 30).Select(i => new GroupStep(Monday, 1, $"Read part number {i} of the very long plan")).ToList();
        var note = Assert.Single(GroupGoal.Points(0, GoalFollows.ChaptersRead, many)).Note;
        Assert.Equal(200, note.Length);
        Assert.EndsWith("…", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_book_club_counts_reading_every_group_counts_meetings_and_an_archived_group_backs_nothing()
    {
        var circle = Make(GroupKind.MentoringCircle);
        var member = GroupMember.Of(circle.Id, Guid.NewGuid(), GroupRole.Member, Now);
        var goal = Guid.NewGuid();
        Assert.Equal("Follows", Assert.Single(member.BackGoal(circle, goal, GoalFollows.ChaptersRead).Errors).Field);
        Assert.Null(member.GoalId);
        Assert.True(member.BackGoal(circle, goal, GoalFollows.MeetingsAttended).Succeeded);
        Assert.Equal((goal, GoalFollows.MeetingsAttended), (member.GoalId, member.Follows));
        Assert.True(member.BackGoal(circle, null, GoalFollows.MeetingsAttended).Succeeded);
        Assert.Null(member.GoalId);

        var club = Make(GroupKind.BookClub);
        var reader = GroupMember.Of(club.Id, Guid.NewGuid(), GroupRole.Member, Now);
        Assert.True(reader.BackGoal(club, goal, GoalFollows.PartsRead).Succeeded);
        Assert.False(reader.BackGoal(club, goal, (GoalFollows)9).Succeeded);
        club.Archive(Now);
        Assert.Equal("archived", Assert.Single(reader.BackGoal(club, null, GoalFollows.ChaptersRead).Errors).Code);
        Assert.Equal(goal, reader.GoalId);
    }
}
