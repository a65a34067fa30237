namespace Thrive.Domain.Board;

/// <summary>What one task's history says: where it is now, when it first entered InProgress, and when it was done.</summary>
internal readonly record struct TaskFacts(ColumnKind Kind, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? DoneAt)
{
    public FlowTime? LeadTime(Guid taskId) => DoneAt is { } done ? new FlowTime(taskId, done, Days(CreatedAt, done)) : null;

    /// <summary>Null for a task never started (straight from ToDo to Done) or not done.</summary>
    public FlowTime? CycleTime(Guid taskId) =>
        DoneAt is { } done && StartedAt is { } started ? new FlowTime(taskId, done, Days(started, done)) : null;

    public static double Days(DateTimeOffset from, DateTimeOffset to) => (to.UtcTicks - from.UtcTicks) / (double)TimeSpan.TicksPerDay;
}

/// <summary>
/// Reads task histories one at a time into a reused buffer: moves in time order (a stable sort, so moves at the same
/// instant keep their order) and never before the task's creation (an earlier move counts at the creation instant).
/// The done time is the start of the current Done stretch: the last move into Done from another kind, or the
/// creation of a task created in Done; moving between two Done columns does not change it.
/// </summary>
internal sealed class FlowTimeline
{
    private const int InsertionSortLimit = 32;
    private FlowMove[] buffer = new FlowMove[8];
    private int count;

    public ReadOnlySpan<FlowMove> Moves => buffer.AsSpan(0, count);

    public TaskFacts Load(TaskFlow flow)
    {
        var moves = flow.Moves;
        count = moves.Count;
        if (buffer.Length < count) buffer = new FlowMove[Math.Max(count, buffer.Length * 2)];
        var created = flow.CreatedAt;
        var sorted = true;
        var previous = long.MinValue;
        for (var i = 0; i < count; i++)
        {
            var move = moves[i];
            if (move.At < created) move = move with { At = created };
            buffer[i] = move;
            sorted &= move.At.UtcTicks >= previous;
            previous = move.At.UtcTicks;
        }
        if (!sorted) SortStable();
        return Facts(flow.InitialKind, created);
    }

    private TaskFacts Facts(ColumnKind kind, DateTimeOffset created)
    {
        DateTimeOffset? started = kind == ColumnKind.InProgress ? created : null;
        DateTimeOffset? doneSince = kind == ColumnKind.Done ? created : null;
        foreach (var move in Moves)
        {
            if (move.To == ColumnKind.InProgress) started ??= move.At;
            if (move.To == ColumnKind.Done && kind != ColumnKind.Done) doneSince = move.At;
            kind = move.To;
        }
        return new TaskFacts(kind, created, started, kind == ColumnKind.Done ? doneSince : null);
    }

    private void SortStable()
    {
        if (count > InsertionSortLimit)
        {
            var ordered = buffer.AsSpan(0, count).ToArray().OrderBy(m => m.At.UtcTicks).ToArray();
            ordered.CopyTo(buffer, 0);
            return;
        }
        for (var i = 1; i < count; i++)
        {
            var move = buffer[i];
            var j = i - 1;
            for (; j >= 0 && buffer[j].At.UtcTicks > move.At.UtcTicks; j--) buffer[j + 1] = buffer[j];
            buffer[j + 1] = move;
        }
    }
}

/// <summary>
/// Counts, for each day of a range, the tasks in each kind of column at the end of the day. Each stretch a task
/// spends in one kind adds one to the days it covers, through difference arrays: linear in moves plus days.
/// </summary>
internal sealed class DayEndCounter
{
    private readonly DateOnly from;
    private readonly long[] ends;
    private readonly int[] diff;

    public DayEndCounter(DateOnly from, int days, TimeZoneInfo tz)
    {
        this.from = from;
        ends = FlowCalendar.Starts(from.AddDays(1), days, 1, tz);
        diff = new int[3 * (ends.Length + 1)];
    }

    public void Add(TaskFlow flow, ReadOnlySpan<FlowMove> moves)
    {
        var kind = flow.InitialKind;
        var since = flow.CreatedAt.UtcTicks;
        foreach (var move in moves)
        {
            Stretch(kind, since, move.At.UtcTicks);
            kind = move.To;
            since = move.At.UtcTicks;
        }
        Stretch(kind, since, long.MaxValue);
    }

    public CfdDay[] Days()
    {
        var days = new CfdDay[ends.Length];
        int row = ends.Length + 1, toDo = 0, inProgress = 0, done = 0;
        for (var i = 0; i < days.Length; i++)
        {
            toDo += diff[i];
            inProgress += diff[row + i];
            done += diff[2 * row + i];
            days[i] = new CfdDay(from.AddDays(i), toDo, inProgress, done);
        }
        return days;
    }

    /// <summary>A kind held from one instant until (not including) the next counts at each day end in (since, until].</summary>
    private void Stretch(ColumnKind kind, long since, long until)
    {
        var first = FlowCalendar.CountAtOrBefore(ends, since);
        var end = until == long.MaxValue ? ends.Length : FlowCalendar.CountAtOrBefore(ends, until);
        if (first >= end || (uint)kind > (uint)ColumnKind.Done) return;
        var row = (int)kind * (ends.Length + 1);
        diff[row + first]++;
        diff[row + end]--;
    }
}
