using Thrive.Domain.Board;

namespace Thrive.Bench;

/// <summary>
/// Deterministic, realistic board histories: tasks created over two years, waiting in ToDo, worked on (sometimes
/// through a review column, sometimes sent back), done, now and then reopened or archived; moves after now never
/// happened. A few tasks list their moves out of order, as an import might.
/// </summary>
internal static class FlowCorpus
{
    public static TaskFlow[] Generate(int count, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var goals = Enumerable.Range(0, 500).Select(_ => NewGuid(random)).ToArray();
        var flows = new TaskFlow[count];
        for (var i = 0; i < count; i++)
        {
            var created = now.AddDays(-random.NextDouble() * 7 * 104);
            var roll = random.NextDouble();
            var initial = roll < 0.03 ? ColumnKind.Done : roll < 0.10 ? ColumnKind.InProgress : ColumnKind.ToDo;
            var moves = new List<FlowMove>();
            var at = created;
            void Move(double days, ColumnKind to)
            {
                at = at.AddDays(days);
                if (at <= now) moves.Add(new FlowMove(at, to));
            }
            if (initial == ColumnKind.ToDo)
            {
                Move(Exponential(random, random.NextDouble() < 0.1 ? 20 : 3), random.NextDouble() < 0.1 ? ColumnKind.Done : ColumnKind.InProgress);
            }
            if (initial != ColumnKind.Done && (moves.Count == 0 || moves[^1].To == ColumnKind.InProgress))
            {
                Work(random, Move);
                if (random.NextDouble() < 0.05)
                {
                    Move(Exponential(random, 3), ColumnKind.InProgress);
                    Move(LogNormal(random, 1, 0.7), ColumnKind.Done);
                }
            }
            if (random.NextDouble() < 0.02) Move(Exponential(random, 10), ColumnKind.Done);
            if (random.NextDouble() < 0.02) moves.Reverse();
            flows[i] = new TaskFlow(NewGuid(random), goals[random.Next(goals.Length)], created, initial, moves);
        }
        return flows;
    }

    /// <summary>In progress for a log-normal time (median 2.5 days), maybe via review, maybe back to ToDo once.</summary>
    private static void Work(Random random, Action<double, ColumnKind> move)
    {
        var days = LogNormal(random, 2.5, 0.8);
        if (random.NextDouble() < 0.08)
        {
            move(days / 2, ColumnKind.ToDo);
            move(Exponential(random, 2), ColumnKind.InProgress);
        }
        if (random.NextDouble() < 0.3) move(days / 2, ColumnKind.InProgress);
        move(days / 2, ColumnKind.Done);
    }

    private static double Exponential(Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    private static double LogNormal(Random random, double median, double sigma)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return median * Math.Exp(sigma * normal);
    }

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
