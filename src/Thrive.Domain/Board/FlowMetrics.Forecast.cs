namespace Thrive.Domain.Board;

/// <summary>
/// "The remaining tasks will be done by date X with 85% confidence": Monte Carlo over past weekly throughput.
/// Each run draws weeks, with replacement, from the last weeks of history (zero weeks included) until the remaining
/// tasks are done; the answer is the week count that the given share of runs finished within (nearest rank).
/// </summary>
public static partial class FlowMetrics
{
    /// <summary>Fewer weeks of history than this are not a basis for a forecast.</summary>
    public const int ForecastMinimumWeeks = 3;

    /// <summary>
    /// Forecast from weekly throughput, oldest week first; only the last <see cref="ForecastOptions.HistoryWeeks"/>
    /// are sampled. <paramref name="random"/> gives one seed, so a seeded Random repeats the answer, and with the same
    /// seed more remaining tasks never give an earlier date.
    /// </summary>
    public static FlowForecast Forecast(IReadOnlyList<int> weeklyThroughput, int remaining, DateOnly today, Random random, ForecastOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(weeklyThroughput);
        ArgumentNullException.ThrowIfNull(random);
        options ??= ForecastOptions.Default;
        Check(options);
        var skip = Math.Max(0, weeklyThroughput.Count - options.HistoryWeeks);
        var history = new int[weeklyThroughput.Count - skip];
        for (var i = 0; i < history.Length; i++) history[i] = Math.Max(0, weeklyThroughput[skip + i]);
        return Simulate(history, remaining, today, (ulong)random.NextInt64(), options);
    }

    /// <summary>
    /// Forecast for the tasks of one goal (all tasks when <paramref name="goalId"/> is null) that are not done, from the
    /// weekly throughput of all the given tasks over the complete weeks before today's week (none before the first task
    /// was created). A goal without tasks gives NotEnoughData.
    /// </summary>
    public static FlowForecast ForecastGoal(
        IReadOnlyList<TaskFlow> flows, Guid? goalId, DateTimeOffset now, Random random, TimeZoneInfo? tz = null, ForecastOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(random);
        tz ??= TimeZoneInfo.Utc;
        options ??= ForecastOptions.Default;
        Check(options);
        var today = FlowCalendar.LocalDate(now, tz);
        var thisWeek = FlowCalendar.WeekStart(today);
        var firstWeek = thisWeek.AddDays(-7 * options.HistoryWeeks);
        var bounds = FlowCalendar.Starts(firstWeek, options.HistoryWeeks + 1, 7, tz);
        var done = new int[options.HistoryWeeks];
        var timeline = new FlowTimeline();
        int goalTasks = 0, remaining = 0;
        var firstCreated = DateTimeOffset.MaxValue;
        for (var i = 0; i < flows.Count; i++)
        {
            var facts = timeline.Load(flows[i]);
            if (facts.CreatedAt < firstCreated) firstCreated = facts.CreatedAt;
            if (facts.DoneAt is { } doneAt && FlowCalendar.Bucket(bounds, doneAt.UtcTicks) is var week and >= 0) done[week]++;
            if (goalId is not null && flows[i].GoalId != goalId) continue;
            goalTasks++;
            if (facts.Kind != ColumnKind.Done) remaining++;
        }
        var seed = (ulong)random.NextInt64();
        return ForecastOf(done, firstCreated, thisWeek, tz, goalTasks, remaining, today, seed, options);
    }

    /// <summary>Keeps the weeks since the week of the first creation, then simulates.</summary>
    internal static FlowForecast ForecastOf(
        int[] completeWeeks, DateTimeOffset firstCreated, DateOnly thisWeek, TimeZoneInfo tz,
        int tasks, int remaining, DateOnly today, ulong seed, ForecastOptions options)
    {
        if (tasks == 0) return NoForecast(ForecastStatus.NotEnoughData, 0, 0, options);
        var firstWeek = FlowCalendar.WeekStart(FlowCalendar.LocalDate(firstCreated, tz));
        var known = Math.Clamp((thisWeek.DayNumber - firstWeek.DayNumber) / 7, 0, completeWeeks.Length);
        return Simulate(completeWeeks[^known..], remaining, today, seed, options);
    }

    private static FlowForecast Simulate(int[] history, int remaining, DateOnly today, ulong seed, ForecastOptions options)
    {
        if (remaining <= 0) return new FlowForecast(ForecastStatus.DoneAlready, 0, history.Length, options.Confidence, 0, today, 0, today);
        if (history.Length < ForecastMinimumWeeks || history.All(w => w == 0))
            return NoForecast(ForecastStatus.NotEnoughData, remaining, history.Length, options);
        var finished = WeeksToFinish(history, remaining, options.Runs, options.HorizonWeeks, seed);
        var median = WeeksAt(finished, options.Runs, 50);
        var confident = WeeksAt(finished, options.Runs, options.Confidence);
        var beyond = options.HorizonWeeks + 1;
        var firstWeek = FlowCalendar.NextWeekStart(today);
        DateOnly? DateAfter(int weeks) => weeks == beyond ? null : firstWeek.AddDays(7 * weeks - 1);
        return new FlowForecast(
            confident == beyond ? ForecastStatus.BeyondHorizon : ForecastStatus.Forecast, remaining, history.Length, options.Confidence,
            median == beyond ? null : median, DateAfter(median), confident == beyond ? null : confident, DateAfter(confident));
    }

    /// <summary>
    /// How many runs needed each number of weeks (the last slot: more than the horizon). Each run has its own
    /// SplitMix64 stream derived from the seed, so a run draws the same weeks whatever the remaining count.
    /// </summary>
    private static int[] WeeksToFinish(int[] history, int remaining, int runs, int horizon, ulong seed)
    {
        const ulong Gamma = 0x9E3779B97F4A7C15;
        var runsBy = new int[horizon + 2];
        var k = (ulong)history.Length;
        for (var run = 0; run < runs; run++)
        {
            var state = Mix(seed + (ulong)run * Gamma);
            long done = 0;
            var weeks = 0;
            while (done < remaining)
            {
                if (weeks == horizon) { weeks = horizon + 1; break; }
                state += Gamma;
                done += history[(int)(((Mix(state) >> 32) * k) >> 32)];
                weeks++;
            }
            runsBy[weeks]++;
        }
        return runsBy;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>The fewest weeks within which at least <paramref name="percent"/>% of the runs finished.</summary>
    private static int WeeksAt(int[] runsBy, int runs, double percent)
    {
        var rank = Math.Clamp((long)Math.Ceiling(percent / 100 * runs), 1, runs);
        long seen = 0;
        for (var weeks = 0; weeks < runsBy.Length; weeks++)
        {
            seen += runsBy[weeks];
            if (seen >= rank) return weeks;
        }
        return runsBy.Length - 1;
    }

    private static FlowForecast NoForecast(ForecastStatus status, int remaining, int historyWeeks, ForecastOptions options) =>
        new(status, remaining, historyWeeks, options.Confidence, null, null, null, null);

    private static void Check(ForecastOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HistoryWeeks, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HorizonWeeks, 1, nameof(options));
        if (!(options.Confidence > 0 && options.Confidence <= 100))
            throw new ArgumentOutOfRangeException(nameof(options), options.Confidence, "Confidence is a percentage above 0, at most 100.");
    }
}
