using System.Globalization;
using Thrive.Domain.Board;
using static Thrive.Domain.Tests.FlowHistories;

namespace Thrive.Domain.Tests;

/// <summary>The Monte Carlo forecast: "the remaining tasks will be done by date X with 85% confidence".</summary>
public sealed class FlowForecastTests
{
    private static readonly DateOnly Wednesday = new(2026, 3, 4);

    private static int[] History(string csv) => Numbers(csv).Select(v => (int)v).ToArray();

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("5,5,5", 12, "2026-03-04", 3, "2026-03-29")]   // week 1 starts on the next Monday, 9 March
    [InlineData("5,5,5", 12, "2026-03-02", 3, "2026-03-22")]   // on a Monday, week 1 is this week
    [InlineData("5,5,5", 15, "2026-03-08", 3, "2026-03-29")]
    [InlineData("4,4,4,4", 5, "2026-03-04", 2, "2026-03-22")]
    [InlineData("9,9,9", 1, "2026-03-04", 1, "2026-03-15")]
    public void Steady_throughput_gives_one_date_at_every_confidence(string history, int remaining, string today, int weeks, string date)
    {
        var forecast = FlowMetrics.Forecast(History(history), remaining, Date(today), new Random(1));
        Assert.Equal(new FlowForecast(ForecastStatus.Forecast, remaining, History(history).Length, 85, weeks, Date(date), weeks, Date(date)), forecast);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_confident_date_is_the_85th_percentile_of_the_runs(int seed)
    {
        // Each week finishes both tasks with probability 3/4: 75% of runs need 1 week, 93.75% at most 2.
        var forecast = FlowMetrics.Forecast(History("0,2,2,2"), 2, Wednesday, new Random(seed));
        Assert.Equal((1, 2), (forecast.MedianWeeks, forecast.ConfidentWeeks));
        Assert.Equal((Date("2026-03-15"), Date("2026-03-22")), (forecast.MedianDate, forecast.ConfidentDate));
    }

    [Fact]
    public void A_seeded_random_repeats_the_forecast()
    {
        var history = History("0,3,5,2,8,0,4,1,0,6,2,3");
        var first = FlowMetrics.Forecast(history, 40, Wednesday, new Random(2026));
        Assert.Equal(first, FlowMetrics.Forecast(history, 40, Wednesday, new Random(2026)));
        Assert.Equal(ForecastStatus.Forecast, first.Status);
        Assert.Equal(new ForecastOptions().Confidence, first.Confidence);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(99)]
    public void More_remaining_tasks_never_give_an_earlier_date_and_the_median_is_never_later(int seed)
    {
        var history = History("0,3,5,2,8,0,4,1,0,6,2,3");
        var previous = FlowMetrics.Forecast(history, 1, Wednesday, new Random(seed));
        for (var remaining = 2; remaining <= 80; remaining++)
        {
            var forecast = FlowMetrics.Forecast(history, remaining, Wednesday, new Random(seed));
            Assert.True(forecast.ConfidentDate >= previous.ConfidentDate, $"{remaining} remaining");
            Assert.True(forecast.MedianDate >= previous.MedianDate, $"{remaining} remaining");
            Assert.True(forecast.MedianDate <= forecast.ConfidentDate, $"{remaining} remaining");
            previous = forecast;
        }
        var sure = FlowMetrics.Forecast(history, 80, Wednesday, new Random(seed), new ForecastOptions(Confidence: 95));
        Assert.True(sure.ConfidentDate >= previous.ConfidentDate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5,5")]          // fewer than three weeks
    [InlineData("0,0,0,0")]      // would never finish
    public void Too_little_history_is_not_enough_data(string history)
    {
        var forecast = FlowMetrics.Forecast(History(history), 10, Wednesday, new Random(1));
        Assert.Equal(new FlowForecast(ForecastStatus.NotEnoughData, 10, History(history).Length, 85, null, null, null, null), forecast);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("3,4,5", 0)]
    [InlineData("3,4,5", -2)]
    public void Nothing_remaining_is_done_already_today(string history, int remaining)
    {
        var forecast = FlowMetrics.Forecast(History(history), remaining, Wednesday, new Random(1));
        Assert.Equal((ForecastStatus.DoneAlready, 0, Wednesday, Wednesday), (forecast.Status, forecast.Remaining, forecast.MedianDate, forecast.ConfidentDate));
    }

    [Fact]
    public void Only_the_last_twelve_weeks_are_sampled()
    {
        var forecast = FlowMetrics.Forecast(History("100,100,100,1,1,1,1,1,1,1,1,1,1,1,1"), 12, Wednesday, new Random(1));
        Assert.Equal((12, 12, 12), (forecast.HistoryWeeks, forecast.MedianWeeks, forecast.ConfidentWeeks));
    }

    [Fact]
    public void A_forecast_past_the_horizon_has_no_date()
    {
        var forecast = FlowMetrics.Forecast(History("1,0,0,0"), 1000, Wednesday, new Random(1), new ForecastOptions(HorizonWeeks: 52));
        Assert.Equal(new FlowForecast(ForecastStatus.BeyondHorizon, 1000, 4, 85, null, null, null, null), forecast);
    }

    [Fact]
    public void A_goal_forecast_uses_the_board_throughput_of_complete_weeks_and_the_goal_tasks_left()
    {
        // Two tasks done in each of the three complete weeks since the board started (one of them for the goal);
        // this week's are not history.
        var goal = Guid.NewGuid();
        var other = Guid.NewGuid();
        var flows = new List<TaskFlow>();
        foreach (var day in new[] { 1.0, 8, 9, 15, 16, 22, 22.5 }) flows.Add(Flow($"T0 P0.5 D{day}", goalId: other));
        for (var i = 0; i < 3; i++) flows.Add(Flow("T0 P3", goalId: goal));
        flows.Add(Flow("T0 P1 D2", goalId: goal));
        for (var i = 0; i < 5; i++) flows.Add(Flow("T4", goalId: other));
        var now = Day(23.5); // Wednesday 25 March

        var forGoal = FlowMetrics.ForecastGoal(flows, goal, now, new Random(5));
        Assert.Equal(new FlowForecast(ForecastStatus.Forecast, 3, 3, 85, 2, Date("2026-04-12"), 2, Date("2026-04-12")), forGoal);
        var forBoard = FlowMetrics.ForecastGoal(flows, null, now, new Random(5));
        Assert.Equal((8, 4, Date("2026-04-26")), (forBoard.Remaining, forBoard.ConfidentWeeks, forBoard.ConfidentDate));
        Assert.Equal(ForecastStatus.NotEnoughData, FlowMetrics.ForecastGoal(flows, Guid.NewGuid(), now, new Random(5)).Status);
        Assert.Equal(ForecastStatus.NotEnoughData, FlowMetrics.ForecastGoal(flows, goal, Day(14), new Random(5)).Status);
        Assert.Equal(ForecastStatus.NotEnoughData, FlowMetrics.ForecastGoal([], null, now, new Random(5)).Status);
    }
}
