using Thrive.Domain.Board;
using static Thrive.Domain.Tests.FlowHistories;

namespace Thrive.Domain.Tests;

/// <summary>The one-pass summary agrees with the single metrics and never throws on awkward input.</summary>
public sealed class FlowSummaryTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public void An_empty_board_gives_empty_series_and_not_enough_data()
    {
        var summary = FlowMetrics.Compute([], Day(9.5), Amsterdam);
        Assert.Equal(12, summary.Throughput.Count);
        Assert.All(summary.Throughput, w => Assert.Equal(0, w.Done));
        Assert.All(summary.CumulativeFlow, d => Assert.Equal(0, d.ToDo + d.InProgress + d.Done));
        Assert.Empty(summary.Ageing);
        Assert.Empty(summary.LeadTimes);
        Assert.Empty(summary.CycleTimes.Points);
        Assert.Equal(new FlowPercentiles(null, null, null), summary.CycleTimePercentiles);
        Assert.Equal(TrendVerdict.NotEnoughData, summary.Trend.Verdict);
        Assert.All(summary.WeeklyMedianCycleTime, w => Assert.Null(w.MedianDays));
        Assert.Equal(ForecastStatus.NotEnoughData, summary.Forecast.Status);
    }

    [Fact]
    public void A_small_board_summary_has_the_expected_numbers()
    {
        // Now is Wednesday 11 March, noon: the window is the weeks of 2 and 9 March.
        var flows = Tasks("T0 P1 D3 | T0 D4 | T0 P2 D8 | T0 P7 | T-10 P-9 D-8 | T0 P1 D2 P3");
        var summary = FlowMetrics.Compute(flows, Day(9.5), weeks: 2);
        Assert.Equal((new DateOnly(2026, 3, 11), OriginDay, 2), (summary.Today, summary.FromWeekStart, summary.Weeks));
        Assert.Equal("2,1", Csv(summary.Throughput.Select(w => w.Done)));
        Assert.Equal("3,4,8", Csv(summary.LeadTimes.Select(t => (double?)t.Days)));   // the task done before the window is left out
        Assert.Equal("2,6", Csv(summary.CycleTimes.Points.Select(t => (double?)t.Days)));
        Assert.Equal("4,5.4,5.8", Csv([summary.CycleTimePercentiles.P50, summary.CycleTimePercentiles.P85, summary.CycleTimePercentiles.P95]));
        Assert.Equal("6:8.5,4:2.5", string.Join(',', summary.Ageing.Select(a => $"{Number(a.TaskId)}:{a.AgeDays}")));
        Assert.Equal(10, summary.CumulativeFlow.Count);
        Assert.Equal(new CfdDay(new DateOnly(2026, 3, 11), 0, 2, 4), summary.CumulativeFlow[^1]);
        Assert.Equal("0,2,2,2,2,2,2,3,2,2", Csv(summary.WorkInProgress.Select(d => d.InProgress)));
        // History: the three complete weeks since task 5 was created on Friday 20 February, done 1, 0 and 2.
        Assert.Equal((ForecastStatus.Forecast, 3, 2, 2), (summary.Forecast.Status, summary.Forecast.HistoryWeeks, summary.Forecast.Remaining, summary.Forecast.MedianWeeks));
    }

    [Theory]
    [InlineData(12, 1)]
    [InlineData(4, 2)]
    [InlineData(30, 3)]
    public void The_summary_agrees_with_each_metric_computed_on_its_own(int weeks, int seed)
    {
        var flows = Generated(400, seed);
        var now = Day(100.4);
        var summary = FlowMetrics.Compute(flows, now, Amsterdam, weeks);
        var from = summary.FromWeekStart;
        var days = summary.Today.DayNumber - from.DayNumber + 1;
        bool InWindow(FlowTime t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t.DoneAt, Amsterdam).DateTime) >= from;

        Assert.Equal(FlowMetrics.WeeklyThroughput(flows, from, weeks, Amsterdam), summary.Throughput);
        Assert.Equal(FlowMetrics.CumulativeFlow(flows, from, days, Amsterdam), summary.CumulativeFlow);
        Assert.Equal(FlowMetrics.WorkInProgress(flows, from, days, Amsterdam), summary.WorkInProgress);
        Assert.Equal(FlowMetrics.AgeingWork(flows, now), summary.Ageing);
        Assert.Equal(FlowMetrics.LeadTimes(flows).Where(InWindow), summary.LeadTimes);
        var cycles = FlowMetrics.CycleTimes(flows).Where(InWindow).ToList();
        Assert.Equal(cycles, summary.CycleTimes.Points);
        Assert.Equal(FlowMetrics.Percentile(cycles.Select(c => c.Days).ToList(), 85), summary.CycleTimes.P85);
        Assert.Equal(FlowMetrics.Trend(cycles), summary.Trend);
        Assert.Equal(FlowMetrics.WeeklyMedianCycleTime(flows, from, weeks, Amsterdam), summary.WeeklyMedianCycleTime);
        Assert.Equal(flows.Count(f => FlowMetrics.LeadTimes([f]).Count == 0), summary.Forecast.Remaining);
        Assert.Equivalent(summary, FlowMetrics.Compute(flows, now, Amsterdam, weeks), strict: true);
    }
}
