using Thrive.Domain.Common;
using Thrive.Domain.Commitments;

namespace Thrive.Domain.Tests;

public sealed class HabitTests
{
    internal static readonly DateOnly Today = new(2026, 3, 3); // a Tuesday
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);

    internal static CommitmentDetails LeetCode => new(
        CommitmentForm.ImplementationIntention, "solve at least one LeetCode problem set", "10:00 on Saturday", "the library",
        null, 1, HabitPeriod.Week, CommitmentKind.YesNo);

    internal static CommitmentDetails AnotherRole => new(
        CommitmentForm.HabitStacking, "book a coffee with someone from another role", null, null,
        "the Monday stand-up", 1, HabitPeriod.Week, CommitmentKind.YesNo);

    internal static CommitmentDetails Reading => new(
        CommitmentForm.ImplementationIntention, "read about system design", "7 a.m.", "the kitchen",
        null, 1, HabitPeriod.Day, CommitmentKind.Number, 30m, "minutes");

    private static Commitment Create(CommitmentDetails d, DateOnly? start = null) =>
        Commitment.Create(Guid.NewGuid(), Guid.NewGuid(), d, start ?? Today.AddDays(-7), Today, Now).Value!;

    [Theory]
    [InlineData("leetcode", "I will solve at least one LeetCode problem set at 10:00 on Saturday in the library.")]
    [InlineData("another-role", "After the Monday stand-up, I will book a coffee with someone from another role.")]
    [InlineData("typed-full-stop", "I will read about system design at 7 a.m. in the kitchen.")]
    [InlineData("abbreviation-last", "I will read about system design at 7 in the kitchen at 8 a.m.")]
    [InlineData("typed-i-will", "After I pour my coffee, I will meditate for one minute.")]
    public void Sentence_follows_the_guides_wording(string example, string expected)
    {
        var d = example switch
        {
            "leetcode" => LeetCode,
            "another-role" => AnotherRole,
            "typed-full-stop" => Reading with { Location = "the kitchen. " },
            "abbreviation-last" => Reading with { Time = "7", Location = "the kitchen at 8 a.m." },
            _ => AnotherRole with { CurrentHabit = "I pour my coffee", Behaviour = "I will meditate for one minute." },
        };
        Assert.Equal(expected, Create(d).Sentence());
    }

    [Theory]
    [InlineData("no-behaviour", "Behaviour")]
    [InlineData("long-behaviour", "Behaviour")]
    [InlineData("no-time", "Time")]
    [InlineData("no-location", "Location")]
    [InlineData("no-current-habit", "CurrentHabit")]
    [InlineData("zero-times", "Times")]
    [InlineData("51-times", "Times")]
    [InlineData("twice-a-day", "Times")]
    [InlineData("8-a-week", "Times")]
    [InlineData("29-a-month", "Times")]
    [InlineData("zero-target", "Target")]
    [InlineData("huge-target", "Target")]
    [InlineData("no-unit", "Unit")]
    [InlineData("bad-period", "Period")]
    public void Bad_commitment_details_name_their_field(string kind, string field)
    {
        var d = kind switch
        {
            "no-behaviour" => LeetCode with { Behaviour = " " },
            "long-behaviour" => LeetCode with { Behaviour = new string('x', 201) },
            "no-time" => LeetCode with { Time = null },
            "no-location" => LeetCode with { Location = "" },
            "no-current-habit" => AnotherRole with { CurrentHabit = null },
            "zero-times" => LeetCode with { Times = 0 },
            "51-times" => LeetCode with { Times = 51 },
            "twice-a-day" => Reading with { Times = 2 },
            "8-a-week" => LeetCode with { Times = 8 },
            "29-a-month" => LeetCode with { Times = 29, Period = HabitPeriod.Month },
            "zero-target" => Reading with { Target = 0 },
            "huge-target" => Reading with { Target = 1_000_001m },
            "no-unit" => Reading with { Unit = null },
            _ => LeetCode with { Period = (HabitPeriod)9 },
        };
        var r = Commitment.Create(Guid.NewGuid(), Guid.NewGuid(), d, Today, Today, Now);
        Assert.False(r.Succeeded);
        Assert.Contains(r.Errors, e => e.Field == field);
    }

    [Theory]
    [InlineData(-8, false)]
    [InlineData(-7, true)]
    [InlineData(0, true)]
    [InlineData(366, false)]
    public void A_commitment_starts_at_most_a_week_back(int offset, bool ok) =>
        Assert.Equal(ok, Commitment.Create(Guid.NewGuid(), Guid.NewGuid(), LeetCode, Today.AddDays(offset), Today, Now).Succeeded);

    [Fact]
    public void Yes_no_commitments_keep_target_one_and_no_unit_and_stacking_drops_time_and_place()
    {
        var c = Create(AnotherRole with { Target = 5, Unit = "cups", Time = "9am", Location = "office" });
        Assert.Equal((1m, "", "", ""), (c.Target, c.Unit, c.Time, c.Location));
    }

    [Fact]
    public void Edit_changes_the_version_and_an_archived_commitment_refuses_edits_and_check_ins()
    {
        var c = Create(LeetCode);
        var v = c.Version;
        Assert.True(c.Edit(LeetCode with { Times = 2 }, Now).Succeeded);
        Assert.NotEqual(v, c.Version);
        Assert.True(c.Archive(Now).Succeeded);
        Assert.False(c.Archive(Now).Succeeded);
        Assert.Equal(ErrorKind.Conflict, c.Edit(LeetCode, Now).Errors[0].Kind);
        Assert.Equal(ErrorKind.Conflict, CheckIn.Record(c, Today, 1, null, Today, Now).Errors[0].Kind);
        Assert.True(c.Restore(Now).Succeeded);
        Assert.True(CheckIn.Record(c, Today, 1, null, Today, Now).Succeeded);
    }

    [Theory]
    [InlineData("yesno", 0, 1, null)]
    [InlineData("yesno", -7, 1, null)]
    [InlineData("yesno", 1, 1, "Date")]     // tomorrow
    [InlineData("yesno", -8, 1, "Date")]    // eight days back
    [InlineData("late-start", -5, 1, "Date")] // before the start date
    [InlineData("late-start", -3, 1, null)]   // on the start date
    [InlineData("yesno", 0, 2, "Value")]
    [InlineData("yesno", 0, 0, "Value")]
    [InlineData("number", 0, 45, null)]
    [InlineData("number", 0, 0.5, null)]
    [InlineData("number", 0, 0, "Value")]
    [InlineData("number", 0, -3, "Value")]
    [InlineData("number", 0, 1000000, null)]
    [InlineData("number", 0, 1000001, "Value")]
    public void Check_in_rules(string kind, int dayOffset, double value, string? errorField)
    {
        var c = kind switch
        {
            "number" => Create(Reading),
            "late-start" => Create(LeetCode, Today.AddDays(-3)),
            _ => Create(LeetCode),
        };
        var r = CheckIn.Record(c, Today.AddDays(dayOffset), (decimal)value, "Two mediums", Today, Now);
        if (errorField is null) Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Message)));
        else Assert.Contains(r.Errors, e => e.Field == errorField);
    }

    [Fact]
    public void A_note_over_500_characters_is_refused()
    {
        var r = CheckIn.Record(Create(LeetCode), Today, 1, new string('n', 501), Today, Now);
        Assert.Contains(r.Errors, e => e.Field == "Note");
    }

    [Fact]
    public void A_second_check_in_for_the_same_day_points_at_the_first()
    {
        var existing = new[] { Today.AddDays(-1), Today };
        var r = CheckIn.EnsureFirstForDay(existing, Today);
        Assert.Equal(ErrorKind.Conflict, r.Errors[0].Kind);
        Assert.Equal("You already checked in for Tuesday 3 March; change that check-in instead.", r.Errors[0].Message);
        Assert.True(CheckIn.EnsureFirstForDay(existing, Today.AddDays(-2)).Succeeded);
    }

    [Fact]
    public void A_check_in_can_be_changed_but_keeps_the_value_rules()
    {
        var c = Create(Reading);
        var ci = CheckIn.Record(c, Today, 20, null, Today, Now).Value!;
        Assert.True(ci.Change(c, 35, "caught up", Now).Succeeded);
        Assert.Equal((35m, "caught up"), (ci.Value, ci.Note));
        Assert.False(ci.Change(c, 0, null, Now).Succeeded);
    }
}
