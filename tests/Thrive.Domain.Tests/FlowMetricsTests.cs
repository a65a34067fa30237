using Thrive.Domain.Board;
using static Thrive.Domain.Tests.FlowHistories;

namespace Thrive.Domain.Tests;

/// <summary>Done time, lead time, cycle time, percentiles, ageing and the scatter: the definitions, case by case.</summary>
public sealed class FlowMetricsTests
{
    [Theory]
    [InlineData("T0 P1 D3.5", 3.5, 2.5)]             // created, started, done
    [InlineData("T0 D2", 2.0, null)]                  // straight from ToDo to Done: no cycle time
    [InlineData("T0 P1 D3 P4", null, null)]           // moved back out of Done: not done
    [InlineData("T0 P1 D3 T4", null, null)]
    [InlineData("T0 P1 D3 P4 D6", 6.0, 5.0)]          // done again: the last move into Done counts
    [InlineData("T0 P1 D2 D4", 2.0, 1.0)]             // between two Done columns: still done since day 2
    [InlineData("T0 P1 T2 P3 D5", 5.0, 4.0)]          // cycle time runs from the FIRST start
    [InlineData("P0 D1.5", 1.5, 1.5)]                 // created in progress
    [InlineData("D0", 0.0, null)]                     // created in Done
    [InlineData("D0 P1 D3", 3.0, 2.0)]
    [InlineData("T0 D3 P1", 3.0, 2.0)]                // moves out of order are sorted by instant
    [InlineData("T0 P1 D1", 1.0, 0.0)]                // same instant: the input order stands
    [InlineData("T0 D1 P1", null, null)]
    [InlineData("T2 P1 D4", 2.0, 2.0)]                // a move before creation counts at creation
    [InlineData("T0", null, null)]
    [InlineData("P0", null, null)]
    public void Lead_and_cycle_times_follow_the_kanban_definitions(string history, double? lead, double? cycle)
    {
        var flows = new[] { Flow(history) };
        Assert.Equal(lead, FlowMetrics.LeadTimes(flows).Select(t => (double?)t.Days).SingleOrDefault());
        Assert.Equal(cycle, FlowMetrics.CycleTimes(flows).Select(t => (double?)t.Days).SingleOrDefault());
    }

    [Fact]
    public void Times_carry_the_done_instant_and_come_oldest_done_first()
    {
        var flows = Tasks("T0 P1 D9 | T0 P2 D4 | T0 D3 | T1 P3 D4");
        var lead = FlowMetrics.LeadTimes(flows);
        Assert.Equal([3, 2, 4, 1], lead.Select(t => Number(t.TaskId)));
        Assert.Equal([Day(3), Day(4), Day(4), Day(9)], lead.Select(t => t.DoneAt));
        Assert.Equal("3,4,3,9", Csv(lead.Select(t => (double?)t.Days)));
        Assert.Equal("2,1,8", Csv(FlowMetrics.CycleTimes(flows).Select(t => (double?)t.Days)));
    }

    [Fact]
    public void No_tasks_give_no_times()
    {
        Assert.Empty(FlowMetrics.LeadTimes([]));
        Assert.Empty(FlowMetrics.CycleTimes([]));
        Assert.Empty(FlowMetrics.AgeingWork([], Origin));
        var scatter = FlowMetrics.Scatter([]);
        Assert.Empty(scatter.Points);
        Assert.Null(scatter.P50);
        Assert.Null(scatter.P85);
    }

    [Theory]
    [InlineData("1,2,3,4", 0, 1.0)]
    [InlineData("1,2,3,4", 50, 2.5)]
    [InlineData("1,2,3,4", 85, 3.55)]
    [InlineData("1,2,3,4", 100, 4.0)]
    [InlineData("4,1,3,2", 50, 2.5)]                  // order of the input does not matter
    [InlineData("15,20,35,40,50", 40, 29.0)]
    [InlineData("15,20,35,40,50", 95, 48.0)]
    [InlineData("7", 85, 7.0)]
    [InlineData("2,2,2", 95, 2.0)]
    public void Percentile_interpolates_linearly_between_ranks(string values, double p, double expected) =>
        Assert.Equal(expected, FlowMetrics.Percentile(Numbers(values), p)!.Value, 9);

    [Fact]
    public void Percentile_of_no_values_is_null() => Assert.Null(FlowMetrics.Percentile([], 85));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void Percentile_outside_0_to_100_is_a_bug(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FlowMetrics.Percentile([1.0], p));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 7)]
    [InlineData(200, 42)]
    public void Percentiles_never_fall_as_p_rises(int count, int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, count).Select(_ => Math.Round(random.NextDouble() * 30, random.Next(4))).ToArray();
        var previous = double.MinValue;
        for (var p = 0.0; p <= 100; p += 0.25)
        {
            var value = FlowMetrics.Percentile(values, p)!.Value;
            Assert.True(value >= previous, $"p{p}: {value} < {previous}");
            previous = value;
        }
        Assert.True(FlowMetrics.Percentile(values, 50) <= FlowMetrics.Percentile(values, 85));
        Assert.True(FlowMetrics.Percentile(values, 85) <= FlowMetrics.Percentile(values, 95));
    }

    [Theory]
    [InlineData(5.0, "6:9:yes,1:8:yes,4:6:yes,5:5:no,7:1:no")]
    [InlineData(8.0, "6:9:yes,1:8:no,4:6:no,5:5:no,7:1:no")]
    [InlineData(0.5, "6:9:yes,1:8:yes,4:6:yes,5:5:yes,7:1:yes")]
    public void Ageing_lists_tasks_in_progress_oldest_first_and_flags_the_too_big(double tooBigDays, string expected)
    {
        // Ages as of day 10: task 6 first started on day 1 (then went back to ToDo and started again on day 5).
        var flows = Tasks("T0 P2 | T0 P1 D3 | T0 | P4 | T0 P5 | T0 P1 T2 P5 | T0 P9 | T0 P2 D3 P4 D5");
        var ageing = FlowMetrics.AgeingWork(flows, Day(10), tooBigDays);
        var actual = string.Join(',', ageing.Select(a => $"{Number(a.TaskId)}:{a.AgeDays}:{(a.TooBig ? "yes" : "no")}"));
        Assert.Equal(expected, actual);
        Assert.Equal(Day(1), ageing[0].StartedAt);
    }

    [Fact]
    public void Ageing_is_five_days_by_default_and_never_negative()
    {
        var ageing = FlowMetrics.AgeingWork(Tasks("T0 P1 | T0 P20"), Day(6.5));
        Assert.Equal([(5.5, true), (0.0, false)], ageing.Select(a => (a.AgeDays, a.TooBig)));
    }

    [Fact]
    public void Scatter_has_the_cycle_times_by_done_date_and_the_50th_and_85th_percentile_lines()
    {
        var flows = Tasks("T0 P1 D5 | T0 P0 D2 | T0 D3 | P2 D3 | T1 P2 D10 | T0 P1 D5 P6");
        var scatter = FlowMetrics.Scatter(flows);
        Assert.Equal([2, 4, 1, 5], scatter.Points.Select(p => Number(p.TaskId)));
        Assert.Equal("2,1,4,8", Csv(scatter.Points.Select(p => (double?)p.Days)));
        Assert.Equal(3.0, scatter.P50);
        Assert.Equal(6.2, scatter.P85!.Value, 9);
    }
}
