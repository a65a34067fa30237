using System.Diagnostics;
using System.Globalization;
using Thrive.Domain.Board;

namespace Thrive.Bench;

/// <summary>
/// Times FlowMetrics.Compute (the whole metrics page, with a 10,000-run forecast) over 10,000 generated task histories,
/// one call at a time on one thread, against a trivial pass over the same data (summing move counts).
/// </summary>
internal static class FlowBench
{
    private const int Tasks = 10_000;
    private const int Runs = 41;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly DateTimeOffset Now = new(2026, 6, 17, 15, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static void Run()
    {
        var flows = FlowCorpus.Generate(Tasks, Now, seed: 2026);
        var moves = flows.Sum(f => f.Moves.Count);
        FlowSummary summary = null!;
        long sink = 0;
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 30 || warm.Elapsed < Warmup; i++)
        {
            summary = FlowMetrics.Compute(flows, Now, Zone);
            sink += CountMoves(flows);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        FlowMetrics.Compute(flows, Now, Zone);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var compute = Time(() => summary = FlowMetrics.Compute(flows, Now, Zone));
        var baseline = Time(() => sink += CountMoves(flows));
        var history = summary.Throughput.Take(summary.Throughput.Count - 1).Select(w => w.Done).ToArray();
        var forecast = Time(() => FlowMetrics.Forecast(history, summary.Forecast.Remaining, summary.Today, new Random(1)));
        var backlog = Time(() => FlowMetrics.Forecast(history, 2_000, summary.Today, new Random(1)));
        int[] trickle = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var horizon = Time(() => FlowMetrics.Forecast(trickle, Tasks, summary.Today, new Random(1)));

        var inv = CultureInfo.InvariantCulture;
        var f = summary.Forecast;
        Console.WriteLine(string.Create(inv, $"data: {Tasks:N0} tasks, {moves:N0} moves over 104 weeks, zone {Zone.Id}; {Runs} timed calls after warm-up, one thread"));
        Line("FlowMetrics.Compute (12 weeks, 10,000-run forecast)", compute);
        Line($"  its forecast part, timed alone ({f.Remaining} tasks left)", forecast);
        Line("forecast alone, 2,000 tasks left", backlog);
        Line("forecast alone, worst case (all runs reach 520 weeks)", horizon);
        Line("baseline (sum of move counts, same data)", baseline);
        Console.WriteLine(string.Create(inv, $"{"allocated per Compute call",-56}{allocated / 1024.0,9:N0} KB"));
        Console.WriteLine(string.Create(inv, $"{"ratio Compute / baseline (medians)",-56}{Median(compute) / Median(baseline),9:N0}x"));
        Console.WriteLine(string.Create(inv,
            $"check: done last week {summary.Throughput[^2].Done}, WIP now {summary.WorkInProgress[^1].InProgress}, cycle p85 {summary.CycleTimePercentiles.P85:0.0} d, "
            + $"trend {summary.Trend.Verdict} ({summary.Trend.SlopeDaysPerWeek:+0.00;-0.00} d/week), {f.Remaining} left: 50% by {f.MedianDate:yyyy-MM-dd}, "
            + $"85% by {f.ConfidentDate:yyyy-MM-dd} (sink {sink % 1000})"));
    }

    private static void Line(string label, double[] ms) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-56}median {Median(ms),8:0.000} ms   p95 {P95(ms),8:0.000} ms"));

    private static long CountMoves(TaskFlow[] flows)
    {
        long total = 0;
        foreach (var flow in flows) total += flow.Moves.Count;
        return total;
    }

    /// <summary>Milliseconds of each of <see cref="Runs"/> calls, sorted.</summary>
    private static double[] Time(Action work)
    {
        var ms = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            work();
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(ms);
        return ms;
    }

    private static double Median(double[] sorted) => sorted[sorted.Length / 2];

    private static double P95(double[] sorted) => sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1];
}
