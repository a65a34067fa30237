using Thrive.Domain.Programmes;

namespace Thrive.Domain.Tests;

public sealed class ProgrammeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Programme Twelve(DateOnly start) =>
        Programme.Create(new ProgrammeDetails("Cohort", null, start, 12, SessionCadence.Weekly), Now).Value!;

    [Theory]
    [InlineData("2026-03-01", 0, ProgrammePhase.NotStarted)] // day before start
    [InlineData("2026-03-02", 1, ProgrammePhase.GettingToKnowEachOther)]
    [InlineData("2026-03-15", 2, ProgrammePhase.GettingToKnowEachOther)]
    [InlineData("2026-03-16", 3, ProgrammePhase.WorkingOnGoals)]
    [InlineData("2026-04-01", 5, ProgrammePhase.WorkingOnGoals)]
    [InlineData("2026-05-10", 10, ProgrammePhase.WorkingOnGoals)]
    [InlineData("2026-05-11", 11, ProgrammePhase.ReflectingAndRevising)]
    [InlineData("2026-05-24", 12, ProgrammePhase.ReflectingAndRevising)] // last day
    [InlineData("2026-05-25", 12, ProgrammePhase.Finished)]
    public void Week_and_phase_follow_the_calendar(string day, int week, ProgrammePhase phase)
    {
        var p = Twelve(new DateOnly(2026, 3, 2));
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(week, p.WeekOn(today));
        Assert.Equal(phase, p.PhaseOn(today));
    }

    [Fact]
    public void Week_line_reads_like_the_product()
    {
        var p = Twelve(new DateOnly(2026, 3, 2));
        Assert.Equal("Week 3 of 12 · Working on goals", p.WeekLine(new DateOnly(2026, 3, 18)));
        Assert.StartsWith("Starts 2 Mar 2026", p.WeekLine(new DateOnly(2026, 2, 1)), StringComparison.Ordinal);
        Assert.StartsWith("Finished", p.WeekLine(new DateOnly(2027, 1, 1)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12, 2, 10)]
    [InlineData(6, 1, 5)]
    [InlineData(24, 4, 20)]
    [InlineData(3, 1, 2)]
    [InlineData(1, 1, 1)]
    public void Default_phases_give_a_sixth_to_each_end(int weeks, int p1, int p2) =>
        Assert.Equal((p1, p2), PhasePlan.DefaultEnds(weeks));

    [Fact]
    public void Edited_phases_are_kept_and_dated()
    {
        var p = Programme.Create(new ProgrammeDetails("Cohort", null, new DateOnly(2026, 3, 2), 12, SessionCadence.Weekly, (3, 9)), Now).Value!;
        Assert.Equal(new DateRange(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 22)), p.PhaseDates(ProgrammePhase.GettingToKnowEachOther));
        Assert.Equal(new DateRange(new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 24)), p.PhaseDates(ProgrammePhase.ReflectingAndRevising));
    }

    [Theory]
    [InlineData("", 12, 2000, null, null, "Name")]
    [InlineData("Cohort", 0, 2026, null, null, "LengthWeeks")]
    [InlineData("Cohort", 105, 2026, null, null, "LengthWeeks")]
    [InlineData("Cohort", 12, 1999, null, null, "StartDate")]
    [InlineData("Cohort", 12, 2026, 5, 4, "GettingToKnowEndWeek")]
    [InlineData("Cohort", 12, 2026, 2, 12, "GoalsEndWeek")]
    public void Bad_programme_details_name_the_field(string name, int weeks, int year, int? p1, int? p2, string field)
    {
        var phases = p1 is { } a && p2 is { } b ? (a, b) : ((int, int)?)null;
        var r = Programme.Create(new ProgrammeDetails(name, null, new DateOnly(year, 1, 5), weeks, SessionCadence.Weekly, phases), Now);
        Assert.False(r.Succeeded);
        Assert.Contains(r.Errors, e => e.Field == field);
    }

    [Fact]
    public void Over_long_name_is_refused()
    {
        var r = Programme.Create(new ProgrammeDetails(new string('x', 121), null, new DateOnly(2026, 1, 5), 12, SessionCadence.Weekly), Now);
        Assert.Contains(r.Errors, e => e.Field == "Name" && e.Message.Contains("120", StringComparison.Ordinal));
    }
}
