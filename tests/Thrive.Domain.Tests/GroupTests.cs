using Thrive.Domain.Common;
using Thrive.Domain.Groups;

namespace Thrive.Domain.Tests;

public sealed class GroupTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 4);
    private static readonly Guid Lerato = Guid.NewGuid();
    private static readonly Guid Daan = Guid.NewGuid();

    private static GroupDetails BookClub(int capacity = 6, JoinPolicy join = JoinPolicy.Open) =>
        new(GroupKind.BookClub, "Dare to Lead club", "Read Dare to Lead together and try one idea at work each week.", capacity, join,
            "Dare to Lead", "Brené Brown", "https://brenebrown.com/book/dare-to-lead/");

    private static (Group Group, List<GroupMember> Roster) Start(int capacity = 6, JoinPolicy join = JoinPolicy.Open)
    {
        var made = Group.Create(Guid.NewGuid(), BookClub(capacity, join), [Daan], Guid.NewGuid(), Now).Value;
        return (made.Group, made.Members.ToList());
    }

    [Fact]
    public void A_new_group_starts_with_its_facilitators_as_members()
    {
        var (g, roster) = Start();
        var m = Assert.Single(roster);
        Assert.Equal((Daan, GroupRole.Facilitator, g.Id), (m.UserId, m.Role, m.GroupId));
        Assert.False(g.IsArchived);
    }

    [Fact]
    public void A_group_needs_a_name_a_purpose_a_facilitator_and_a_sensible_capacity()
    {
        var r = Group.Create(null, new GroupDetails(GroupKind.PeerGroup, " ", "", 1, JoinPolicy.Open), [], Guid.NewGuid(), Now);
        Assert.Equal(["Name", "Purpose", "Capacity", "Facilitators"], r.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://example.com/book")]
    public void A_book_link_is_http_or_https_only(string link)
    {
        var r = Group.Create(null, BookClub() with { BookLink = link }, [Daan], Guid.NewGuid(), Now);
        Assert.Equal("BookLink", Assert.Single(r.Errors).Field);
    }

    [Fact]
    public void Script_in_a_field_is_kept_as_plain_text()
    {
        var script = "<script>alert('x')</script>";
        var g = Group.Create(null, BookClub() with { Name = script, Purpose = script }, [Daan], Guid.NewGuid(), Now).Value.Group;
        Assert.Equal(script, g.Name);
        Assert.Equal(script, g.Purpose);
    }

    [Fact]
    public void Joining_a_full_group_is_refused()
    {
        var (g, roster) = Start(capacity: 2);
        roster.Add(g.Admit(roster, Lerato, false, Now).Value!);
        var r = g.Admit(roster, Guid.NewGuid(), false, Now);
        Assert.Equal("group_full", Assert.Single(r.Errors).Code);
        Assert.Contains("full", r.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Joining_twice_or_without_an_invitation_is_refused()
    {
        var (g, roster) = Start();
        Assert.Equal("already_member", g.Admit(roster, Daan, false, Now).Errors[0].Code);
        var (closed, closedRoster) = Start(join: JoinPolicy.ByInvitation);
        Assert.Equal(ErrorKind.Forbidden, closed.Admit(closedRoster, Lerato, false, Now).Errors[0].Kind);
        Assert.True(closed.Admit(closedRoster, Lerato, true, Now).Succeeded);
    }

    [Fact]
    public void The_last_facilitator_cannot_leave_or_step_down_until_another_takes_over()
    {
        var (g, roster) = Start();
        roster.Add(g.Admit(roster, Lerato, false, Now).Value!);
        Assert.Equal("last_facilitator", g.Release(roster, Daan, Now).Errors[0].Code);
        Assert.Equal("last_facilitator", g.ChangeRole(roster, Daan, GroupRole.Member, Now).Errors[0].Code);
        Assert.True(g.Release(roster, Lerato, Now).Succeeded);
        Assert.True(g.ChangeRole(roster, Lerato, GroupRole.Facilitator, Now).Succeeded);
        Assert.True(g.Release(roster, Daan, Now).Succeeded);
    }

    [Fact]
    public void The_capacity_cannot_drop_below_the_members_there_are()
    {
        var (g, _) = Start();
        var r = g.Edit(BookClub(capacity: 2), memberCount: 3, Now);
        Assert.Equal("Capacity", Assert.Single(r.Errors).Field);
    }

    [Fact]
    public void An_archived_group_is_read_only()
    {
        var (g, roster) = Start();
        var part = ReadingPart.Plan(g, [], new("Part one", 1, 2, Today.AddDays(7))).Value!;
        Assert.True(g.Archive(Now).Succeeded);
        Assert.True(g.IsArchived);
        Assert.All(new IReadOnlyList<Error>[]
        {
            g.Admit(roster, Lerato, true, Now).Errors, g.Release(roster, Daan, Now).Errors, g.Edit(BookClub(), 1, Now).Errors,
            g.Archive(Now).Errors, ReadingPart.Plan(g, [part], new("Part two", 3, 4, Today.AddDays(14))).Errors,
            PartRead.Mark(g, part, Daan, Now).Errors, DiscussionPrompt.Add(g, part, Daan, "Where did you rumble this week?", Now).Errors,
            GroupReflection.Write(g, part, Daan, "I asked for feedback.", false, Now).Errors,
        }, errors => Assert.Equal("archived", Assert.Single(errors).Code));
    }

    [Fact]
    public void Reading_parts_may_not_share_a_chapter()
    {
        var (g, _) = Start();
        var one = ReadingPart.Plan(g, [], new("Rumbling with vulnerability", 1, 3, Today.AddDays(7))).Value!;
        var r = ReadingPart.Plan(g, [one], new("Living into our values", 3, 4, Today.AddDays(14)));
        var e = Assert.Single(r.Errors);
        Assert.Equal("FromChapter", e.Field);
        Assert.Contains("overlap", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_parts_are_due_in_the_order_of_the_book()
    {
        var (g, _) = Start();
        var one = ReadingPart.Plan(g, [], new("Part one", 1, 3, Today.AddDays(14))).Value!;
        var early = ReadingPart.Plan(g, [one], new("Part two", 4, 5, Today.AddDays(7)));
        Assert.Equal("DueOn", Assert.Single(early.Errors).Field);
        Assert.Contains("Out of order", early.Errors[0].Message, StringComparison.Ordinal);
        var before = ReadingPart.Plan(g, [one], new("Introduction", 0, 0, Today));
        Assert.Equal("FromChapter", before.Errors[0].Field);
        Assert.True(ReadingPart.Plan(g, [one], new("Part two", 4, 5, Today.AddDays(21))).Succeeded);
        Assert.Equal("ToChapter", ReadingPart.Plan(g, [one], new("Backwards", 9, 7, Today.AddDays(30))).Errors[0].Field);
    }

    [Fact]
    public void Editing_a_part_checks_it_against_the_rest_of_the_plan_only()
    {
        var (g, _) = Start();
        var one = ReadingPart.Plan(g, [], new("Part one", 1, 3, Today.AddDays(7))).Value!;
        var two = ReadingPart.Plan(g, [one], new("Part two", 4, 6, Today.AddDays(14))).Value!;
        Assert.True(one.Edit(g, [one, two], new("Part one", 1, 3, Today.AddDays(8))).Succeeded);
        Assert.False(one.Edit(g, [one, two], new("Part one", 1, 4, Today.AddDays(8))).Succeeded);
    }

    [Fact]
    public void Only_a_book_club_has_a_reading_plan()
    {
        var circle = Group.Create(null, new(GroupKind.MentoringCircle, "Circle", "Talk", 8, JoinPolicy.Open), [Daan], Guid.NewGuid(), Now).Value.Group;
        Assert.False(ReadingPart.Plan(circle, [], new("Part one", 1, 3, Today)).Succeeded);
    }

    [Theory]
    [InlineData(new[] { 2, 1, 0 }, 4, 25)]
    [InlineData(new[] { 4, 4 }, 4, 100)]
    [InlineData(new int[0], 4, 0)]
    [InlineData(new[] { 3 }, 0, 0)]
    public void The_groups_progress_counts_every_member_reading_every_part(int[] read, int parts, int percent) =>
        Assert.Equal(percent, ReadingPlan.GroupPercent(read, parts));

    [Fact]
    public void A_member_votes_for_a_prompt_once()
    {
        var (g, _) = Start();
        var part = ReadingPart.Plan(g, [], new("Part one", 1, 3, Today)).Value!;
        var prompt = DiscussionPrompt.Add(g, part, Daan, "What armour do you wear at work?", Now).Value!;
        Assert.True(PromptVote.Cast(g, prompt, Lerato, alreadyVoted: false, Now).Succeeded);
        Assert.Equal("already_voted", PromptVote.Cast(g, prompt, Lerato, alreadyVoted: true, Now).Errors[0].Code);
        Assert.Equal("Text", DiscussionPrompt.Add(g, part, Daan, new string('x', DiscussionPrompt.TextMax + 1), Now).Errors[0].Field);
    }

    [Fact]
    public void A_private_reflection_is_for_its_author_only()
    {
        var (g, _) = Start();
        var part = ReadingPart.Plan(g, [], new("Part one", 1, 3, Today)).Value!;
        var r = GroupReflection.Write(g, part, Lerato, "I named the armour in a retro.", isPrivate: true, Now).Value!;
        Assert.True(r.VisibleTo(Lerato));
        Assert.False(r.VisibleTo(Daan));
        Assert.True(r.Rewrite(g, "Shared after all.", false, Now).Succeeded);
        Assert.True(r.VisibleTo(Daan));
    }

    [Fact]
    public void The_next_part_due_is_the_first_not_yet_past()
    {
        var parts = new[] { (Title: "one", Due: Today.AddDays(-7)), (Title: "two", Due: Today), (Title: "three", Due: Today.AddDays(7)) };
        Assert.Equal("two", ReadingPlan.NextDue(parts.Select(p => new Tuple<string, DateOnly>(p.Title, p.Due)), p => p.Item2, Today)!.Item1);
        Assert.Null(ReadingPlan.NextDue(parts.Select(p => new Tuple<string, DateOnly>(p.Title, p.Due)), p => p.Item2, Today.AddDays(8)));
    }
}
