using Thrive.Domain.Common;
using Thrive.Domain.Roles;

namespace Thrive.Domain.Tests;

public sealed class RolesTests
{
    private static readonly DateOnly Today = new(2026, 3, 4);
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private static ConversationFact Talk(string role, int fit, int daysAgo, string person = "Someone") =>
        new(RoleCatalogue.Key(role), role, Today.AddDays(-daysAgo), fit, person);

    private static ConversationDetails Details(int fit = 4, DateOnly? on = null, string person = "Lerato", string role = "Product manager", string? liked = null) =>
        new(person, role, on ?? Today, ["How did you get into this role?"], "Specs", "The roadmap", liked, "Meetings", fit);

    [Fact]
    public void The_map_ranks_explored_roles_by_average_interest_then_lists_the_roles_not_explored_yet()
    {
        var map = RolesMap.Of(["Product manager", "QA and test engineering", "Design (UX and UI)", "Developer relations"], RolesMap.Tally(
        [
            Talk("Product manager", 4, 30), Talk("product  MANAGER", 5, 3), Talk("QA and test engineering", 2, 23), Talk("Developer relations", 4, 9),
        ]));
        Assert.Equal(["Product manager", "Developer relations", "QA and test engineering", "Design (UX and UI)"], map.Select(r => r.Role));
        Assert.Equal((2, 4.5, Today.AddDays(-3)), (map[0].Conversations, map[0].AverageFit!.Value, map[0].LastHeldOn!.Value));
        Assert.False(map[3].Explored);
        Assert.Null(map[3].AverageFit);
        Assert.Equal("Product manager", RolesMap.Top(map)!.Role);
    }

    [Fact]
    public void A_tie_in_interest_goes_to_the_role_with_more_conversations_and_a_role_no_longer_listed_stays_on_the_map()
    {
        var map = RolesMap.Of(["Design (UX and UI)"], RolesMap.Tally([Talk("Design (UX and UI)", 3, 5), Talk("Data", 3, 4), Talk("Data", 3, 2)]));
        Assert.Equal(["Data", "Design (UX and UI)"], map.Select(r => r.Role));
        Assert.False(map[0].OnList);
        Assert.True(map[1].OnList);
    }

    [Fact]
    public void Nothing_explored_has_no_top_role()
    {
        var map = RolesMap.Of(RoleCatalogue.BuiltIn, []);
        Assert.Equal(RoleCatalogue.BuiltIn.Count, map.Count);
        Assert.Null(RolesMap.Top(map));
    }

    [Fact]
    public void The_goal_counts_conversations_from_its_baseline_one_value_per_day_with_whom()
    {
        var points = RolesMap.GoalPoints(2m, [Talk("Data", 3, 1, "Sipho"), Talk("Product manager", 4, 10, "Lerato"), Talk("Design", 2, 1, "Anele")]);
        Assert.Equal([(Today.AddDays(-10), 3m), (Today.AddDays(-1), 5m)], points.Select(p => (p.Date, p.Value)));
        Assert.Equal("Anele (Design); Sipho (Data)", points[1].Note);
        Assert.Empty(RolesMap.GoalPoints(null, []));
        Assert.Equal(1m, RolesMap.GoalPoints(null, [Talk("Data", 3, 0)])[0].Value);
    }

    [Theory]
    [InlineData(0, 0, "Fit")]
    [InlineData(6, 0, "Fit")]
    [InlineData(3, -1, "HeldOn")]
    [InlineData(3, 400, "HeldOn")]
    public void A_rating_outside_1_to_5_or_a_day_in_the_future_or_far_past_is_refused_on_its_field(int fit, int daysAgo, string field)
    {
        var r = RoleConversation.Log(Guid.NewGuid(), Guid.NewGuid(), Details(fit, Today.AddDays(-daysAgo)), Today, Now);
        Assert.False(r.Succeeded);
        Assert.Equal(field, Assert.Single(r.Errors).Field);
    }

    [Fact]
    public void Long_notes_and_empty_names_are_refused_and_a_role_is_tidied_and_matched_by_its_key()
    {
        var bad = RoleConversation.Log(Guid.NewGuid(), Guid.NewGuid(), Details(person: " ", role: "", liked: new string('x', 100_000)), Today, Now);
        Assert.Equal(["PersonName", "Role", "Liked"], bad.Errors.Select(e => e.Field));
        var c = RoleConversation.Log(Guid.NewGuid(), Guid.NewGuid(), Details(role: "  Product   manager "), Today, Now).Value!;
        Assert.Equal(("Product manager", "product manager"), (c.Role, c.RoleKey));
        Assert.Equal(["How did you get into this role?"], c.QuestionList);
    }

    [Fact]
    public void A_role_of_ones_own_must_be_named_and_new_to_the_list_built_in_or_hidden()
    {
        var owner = Guid.NewGuid();
        var programme = Guid.NewGuid();
        var security = ExplorationRole.Add(programme, owner, "  Security   engineer ", [], Now).Value!;
        Assert.Equal(("Security engineer", "security engineer"), (security.Name, security.Key));
        Assert.Equal("Name", ExplorationRole.Add(programme, owner, "   ", [security], Now).Errors[0].Field);
        Assert.Contains("already on your list", ExplorationRole.Add(programme, owner, "SECURITY engineer", [security], Now).Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("already on your list", ExplorationRole.Add(programme, owner, "product manager", [], Now).Errors[0].Message, StringComparison.Ordinal);
        security.SetHidden(true);
        Assert.Contains("hidden: show it again", ExplorationRole.Add(programme, owner, "Security engineer", [security], Now).Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("Name", ExplorationRole.Add(programme, owner, new string('r', 61), [], Now).Errors[0].Field);
        Assert.True(ExplorationRole.HideBuiltIn(programme, owner, "Product manager", Now).IsBuiltIn);
    }

    [Fact]
    public void A_question_of_ones_own_needs_words_and_a_group()
    {
        Assert.Equal("Text", RoleQuestion.Add(Guid.NewGuid(), Guid.NewGuid(), QuestionGroup.Skills, " ", Now).Errors[0].Field);
        Assert.Equal("Group", RoleQuestion.Add(Guid.NewGuid(), Guid.NewGuid(), (QuestionGroup)9, "Why?", Now).Errors[0].Field);
        var q = RoleQuestion.Add(Guid.NewGuid(), Guid.NewGuid(), QuestionGroup.Hard, " What keeps you up at night? ", Now).Value!;
        Assert.Equal(("What keeps you up at night?", $"o:{q.Id}"), (q.Text, q.Key));
        Assert.Equal(4, RoleCatalogue.Questions.Select(x => x.Group).Distinct().Count());
    }
}
