using System.Globalization;
using Thrive.Domain.Board;
using static Thrive.Domain.Tests.FlowHistories;

namespace Thrive.Domain.Tests;

/// <summary>Weekly throughput, work in progress and the cumulative flow diagram, including daylight-saving time zones.</summary>
public sealed class FlowSeriesTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly TimeZoneInfo Santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static TaskFlow StartedAt(string utc) =>
        new(Guid.NewGuid(), null, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), ColumnKind.ToDo, [new(Utc(utc), ColumnKind.InProgress)]);

    private static TaskFlow DoneAt(string utc) => new(Guid.NewGuid(), null, Utc(utc).AddDays(-1), ColumnKind.InProgress, [new(Utc(utc), ColumnKind.Done)]);

    [Theory]
    [InlineData("2026-03-02", 3, "3,1,0")]
    [InlineData("2026-02-23", 2, "1,3")]
    [InlineData("2026-03-04", 3, "3,1,0")]  // a Wednesday means the Monday of its week
    [InlineData("2026-03-16", 2, "0,1")]
    [InlineData("2026-03-02", 0, "")]
    [InlineData("2026-03-02", -4, "")]
    public void Weekly_throughput_counts_tasks_done_per_week_including_empty_weeks(string from, int weeks, string expected)
    {
        // Done on days 1, 8, 2 (created in Done), 6.99, 22 and -1; task 3 was done and reopened.
        var flows = Tasks("T0 D1 | T0 P1 D8 | T0 P1 D9 P10 | D2 | T0 D22 | T0 P5 D6.99 | T-3 D-1");
        var counts = FlowMetrics.WeeklyThroughput(flows, Date(from), weeks);
        Assert.Equal(expected, Csv(counts.Select(c => c.Done)));
        var monday = FlowMetrics.WeekStart(Date(from));
        Assert.Equal(Enumerable.Range(0, Math.Max(weeks, 0)).Select(w => monday.AddDays(7 * w)), counts.Select(c => c.WeekStart));
    }

    [Fact]
    public void Weeks_start_on_monday()
    {
        Assert.Equal(new DateOnly(2026, 3, 2), FlowMetrics.WeekStart(new DateOnly(2026, 3, 2)));
        Assert.Equal(new DateOnly(2026, 3, 2), FlowMetrics.WeekStart(new DateOnly(2026, 3, 8)));
        Assert.Equal(new DateOnly(2026, 3, 9), FlowMetrics.WeekStart(new DateOnly(2026, 3, 9)));
    }

    [Theory]
    [InlineData(0, 5, "1,2,2,1,2", "1/1/0,0/2/0,1/2/0,1/1/1,0/2/1")]
    [InlineData(-2, 2, "0,0", "0/0/0,0/0/0")]     // before any task was created
    [InlineData(3, 2, "1,2", "1/1/1,0/2/1")]
    [InlineData(0, 0, "", "")]
    public void Wip_and_cumulative_flow_count_each_kind_at_the_end_of_each_day(int fromDay, int days, string wip, string cfd)
    {
        // A move at midnight belongs to the day it starts: task 2 is still in progress at the end of day 1.
        var flows = Tasks("T0 P1 D3 | P0 T2 P4 | T2 P2.5");
        var from = OriginDay.AddDays(fromDay);
        Assert.Equal(wip, Csv(FlowMetrics.WorkInProgress(flows, from, days).Select(d => d.InProgress)));
        var diagram = FlowMetrics.CumulativeFlow(flows, from, days);
        Assert.Equal(cfd, string.Join(',', diagram.Select(d => $"{d.ToDo}/{d.InProgress}/{d.Done}")));
        Assert.Equal(Enumerable.Range(0, days).Select(d => from.AddDays(d)), diagram.Select(d => d.Day));
    }

    [Fact]
    public void A_reopened_task_leaves_done_in_the_cumulative_flow()
    {
        var cfd = FlowMetrics.CumulativeFlow(Tasks("T0 P1 D2 P3 D5"), OriginDay, 6);
        Assert.Equal("0,0,1,0,0,1", Csv(cfd.Select(d => d.Done)));
        Assert.Equal("0,1,0,1,1,0", Csv(cfd.Select(d => d.InProgress)));
    }

    [Fact]
    public void Empty_input_gives_zero_series_and_empty_ranges_give_empty_series()
    {
        Assert.Equal("0,0,0", Csv(FlowMetrics.WeeklyThroughput([], OriginDay, 3).Select(c => c.Done)));
        Assert.Equal("0,0", Csv(FlowMetrics.WorkInProgress([], OriginDay, 2).Select(c => c.InProgress)));
        Assert.All(FlowMetrics.CumulativeFlow([], OriginDay, 2), d => Assert.Equal(0, d.ToDo + d.InProgress + d.Done));
        Assert.Empty(FlowMetrics.CumulativeFlow([], OriginDay, -1));
        Assert.Empty(FlowMetrics.WeeklyMedianCycleTime([], OriginDay, 0));
    }

    [Theory]
    [InlineData("Europe/Amsterdam", "2026-03-23", "1,1")]  // Mon 30 Mar 00:30 CEST is 29 Mar 22:30 UTC
    [InlineData("UTC", "2026-03-23", "2,0")]
    [InlineData("Europe/Amsterdam", "2026-10-19", "1,1")]  // Sun 25 Oct 23:30 CET is 22:30 UTC; Mon 00:30 CET is 23:30 UTC
    [InlineData("UTC", "2026-10-19", "2,0")]
    public void Weeks_start_at_local_monday_midnight_across_daylight_saving_changes(string zone, string from, string expected)
    {
        var flows = new[]
        {
            DoneAt("2026-03-29T21:30:00Z"), DoneAt("2026-03-29T22:30:00Z"),
            DoneAt("2026-10-25T22:30:00Z"), DoneAt("2026-10-25T23:30:00Z"),
        };
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        Assert.Equal(expected, Csv(FlowMetrics.WeeklyThroughput(flows, Date(from), 2, tz).Select(c => c.Done)));
    }

    [Theory]
    [InlineData("2026-03-28", "0,2,3,3", "1,3,3,3")]  // 29 March has 23 hours in Amsterdam
    [InlineData("2026-10-24", "0,2,3,3", "1,3,3,3")]  // 25 October has 25 hours
    public void Days_end_at_local_midnight_across_daylight_saving_changes(string from, string amsterdam, string utc)
    {
        var day = Date(from);
        var flows = day.Month == 3
            ? new[] { StartedAt("2026-03-28T23:30:00Z"), StartedAt("2026-03-29T21:30:00Z"), StartedAt("2026-03-29T22:30:00Z") }
            : [StartedAt("2026-10-24T22:30:00Z"), StartedAt("2026-10-25T22:30:00Z"), StartedAt("2026-10-25T23:30:00Z")];
        Assert.Equal(amsterdam, Csv(FlowMetrics.WorkInProgress(flows, day, 4, Amsterdam).Select(d => d.InProgress)));
        Assert.Equal(utc, Csv(FlowMetrics.WorkInProgress(flows, day, 4).Select(d => d.InProgress)));
    }

    [Fact]
    public void A_midnight_skipped_by_daylight_saving_starts_the_day_at_the_jump()
    {
        // Santiago skips from 23:59 on 5 September 2026 to 01:00 on the 6th.
        var flows = new[] { StartedAt("2026-09-06T03:30:00Z"), StartedAt("2026-09-06T04:30:00Z") };
        var wip = FlowMetrics.WorkInProgress(flows, new DateOnly(2026, 9, 5), 3, Santiago);
        Assert.Equal("1,2,2", Csv(wip.Select(d => d.InProgress)));
    }
}
