using Thrive.Domain.Board;
using static Thrive.Domain.Tests.FlowHistories;

namespace Thrive.Domain.Tests;

/// <summary>"Is my time-to-completion going down?": the least-squares trend and the weekly median series.</summary>
public sealed class FlowTrendTests
{
    /// <summary>Cycle times written "week:days", done at midnight starting that week.</summary>
    private static FlowTime[] Times(string points) =>
        points.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((p, i) =>
        {
            var parts = Numbers(p.Replace(':', ','));
            return new FlowTime(Id(i + 1), Origin.AddDays(7 * parts[0]), parts[1]);
        }).ToArray();

    [Theory]
    [InlineData("0:8 1:6 2:4 3:2", TrendVerdict.Falling, -2.0, true, 7.0, 3.0)]
    [InlineData("0:2 1:4 2:6 3:8", TrendVerdict.Rising, 2.0, true, 3.0, 7.0)]
    [InlineData("3:2 0:8 2:4 1:6", TrendVerdict.Falling, -2.0, true, 7.0, 3.0)]            // any input order
    [InlineData("0:10 1:8 2:6 3:4 4:2", TrendVerdict.Falling, -2.0, true, 9.0, 3.0)]       // odd count: the middle task is in neither half
    [InlineData("0:10 1:9.5 2:8 3:7.5 4:6 5:5.5 6:4 7:3.5", TrendVerdict.Falling, -41.0 / 42, true, 8.75, 4.75)]
    [InlineData("0:5 1:5 2:5 3:5", TrendVerdict.Flat, 0.0, false, 5.0, 5.0)]
    [InlineData("0:5 1:5.05 2:5.1 3:5.15", TrendVerdict.Flat, 0.05, true, 5.025, 5.125)]  // real but under 0.1 day a week
    [InlineData("0:2 1:9 2:1 3:8", TrendVerdict.Flat, 1.0, false, 5.5, 4.5)]              // noise: not significant
    [InlineData("0:3 0:5 0:4 0:9", TrendVerdict.Flat, 0.0, false, 4.0, 6.5)]              // all done at one instant
    public void Trend_fits_cycle_time_against_done_week(string points, TrendVerdict verdict, double slope, bool significant, double first, double second)
    {
        var trend = FlowMetrics.Trend(Times(points));
        Assert.Equal(verdict, trend.Verdict);
        Assert.Equal(slope, trend.SlopeDaysPerWeek, 9);
        Assert.Equal(significant, trend.Significant);
        Assert.Equal(first, trend.FirstHalfMedianDays!.Value, 9);
        Assert.Equal(second, trend.SecondHalfMedianDays!.Value, 9);
        Assert.Equal(Times(points).Length, trend.Tasks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0:8")]
    [InlineData("0:8 1:6 2:4")]
    public void Fewer_than_four_cycle_times_are_not_enough_data(string points)
    {
        var trend = FlowMetrics.Trend(Times(points));
        Assert.Equal(new FlowTrend(TrendVerdict.NotEnoughData, Times(points).Length, 0, false, null, null), trend);
    }

    [Fact]
    public void A_looser_flat_threshold_calls_a_small_fall_flat()
    {
        Assert.Equal(TrendVerdict.Falling, FlowMetrics.Trend(Times("0:8 1:6 2:4 3:2"), 1.5).Verdict);
        Assert.Equal(TrendVerdict.Flat, FlowMetrics.Trend(Times("0:8 1:6 2:4 3:2"), 2.5).Verdict);
    }

    [Fact]
    public void Trend_of_a_board_uses_cycle_times_and_skips_tasks_never_started()
    {
        // Cycle times 8, 6, 4, 2 days, done 5 days apart: -2 days per 5/7 week.
        var flows = Tasks("T0 P0 D8 | T0 D10 | T0 P7 D13 | T0 P14 D18 | T0 P21 D23 | T0 P22");
        var trend = FlowMetrics.Trend(flows);
        Assert.Equal(TrendVerdict.Falling, trend.Verdict);
        Assert.Equal(4, trend.Tasks);
        Assert.Equal(-2.8, trend.SlopeDaysPerWeek, 9);
        Assert.Equal(TrendVerdict.NotEnoughData, FlowMetrics.Trend(Array.Empty<TaskFlow>()).Verdict);
    }

    [Theory]
    [InlineData(0, 3, "2.5,-,4", "2,0,3")]
    [InlineData(1, 2, "-,4", "0,3")]
    [InlineData(-1, 2, "-,2.5", "0,2")]
    public void Weekly_median_cycle_time_is_a_series_with_gaps_for_weeks_without_done_tasks(int fromWeek, int weeks, string medians, string tasks)
    {
        var flows = Tasks("T0 P1 D2 | T0 P1 D5 | T0 D3 | T0 P8 | T12 P14 D17 | T12 P13 D17 | T0 P9 D17 | T0 P1 D30");
        var series = FlowMetrics.WeeklyMedianCycleTime(flows, OriginDay.AddDays(7 * fromWeek), weeks);
        Assert.Equal(medians, Csv(series.Select(w => w.MedianDays)));
        Assert.Equal(tasks, Csv(series.Select(w => w.Tasks)));
        Assert.Equal(OriginDay.AddDays(7 * fromWeek), series[0].WeekStart);
    }
}
