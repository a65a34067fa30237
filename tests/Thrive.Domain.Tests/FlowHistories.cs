using System.Globalization;
using Thrive.Domain.Board;

namespace Thrive.Domain.Tests;

/// <summary>
/// Task histories written as "T0 P1 D3.5": the first token is the creation (kind and day), the others are moves in the
/// order the input list holds them. Kinds are T (ToDo), P (InProgress), D (Done); days count from Monday 2 March 2026
/// 00:00 UTC and may be fractional (0.5 is noon).
/// </summary>
internal static class FlowHistories
{
    public static readonly DateTimeOffset Origin = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly OriginDay = new(2026, 3, 2);

    public static DateTimeOffset Day(double days) => Origin.AddTicks((long)Math.Round(days * TimeSpan.TicksPerDay));

    public static TaskFlow Flow(string history, Guid? taskId = null, Guid? goalId = null)
    {
        var steps = history.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Step).ToArray();
        var moves = steps.Skip(1).Select(s => new FlowMove(s.At, s.Kind)).ToArray();
        return new TaskFlow(taskId ?? Guid.NewGuid(), goalId, steps[0].At, steps[0].Kind, moves);
    }

    /// <summary>Several tasks separated by "|"; task ids are 1, 2, 3... in order so results can name them.</summary>
    public static TaskFlow[] Tasks(string histories) =>
        histories.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((h, i) => Flow(h, Id(i + 1))).ToArray();

    public static Guid Id(int n) => new(n, 0, 0, new byte[8]);

    public static int Number(Guid id) => BitConverter.ToInt32(id.ToByteArray(), 0);

    public static double[] Numbers(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Formats a series for comparison with an expected "1,2,-" string (- for null).</summary>
    public static string Csv(IEnumerable<double?> values) =>
        string.Join(',', values.Select(v => v is { } d ? d.ToString("0.###", CultureInfo.InvariantCulture) : "-"));

    public static string Csv(IEnumerable<int> values) => string.Join(',', values);

    /// <summary>A seeded board of a few hundred tasks with back moves and shuffled moves: for cross-checks.</summary>
    public static TaskFlow[] Generated(int count, int seed)
    {
        var random = new Random(seed);
        var flows = new TaskFlow[count];
        for (var i = 0; i < count; i++)
        {
            var at = Day(random.NextDouble() * 120);
            var kind = (ColumnKind)random.Next(3);
            var created = at;
            var initial = kind;
            var moves = new List<FlowMove>();
            for (var m = random.Next(6); m > 0; m--)
            {
                at = at.AddHours(random.NextDouble() * 24 * 6);
                kind = (ColumnKind)random.Next(3);
                moves.Add(new FlowMove(at, kind));
            }
            if (random.Next(5) == 0) moves.Reverse();
            flows[i] = new TaskFlow(Id(i + 1), Id(random.Next(4) + 1000), created, initial, moves);
        }
        return flows;
    }

    private static (ColumnKind Kind, DateTimeOffset At) Step(string token)
    {
        var kind = token[0] switch
        {
            'T' => ColumnKind.ToDo,
            'P' => ColumnKind.InProgress,
            'D' => ColumnKind.Done,
            _ => throw new FormatException($"Unknown kind in '{token}'."),
        };
        return (kind, Day(double.Parse(token[1..], CultureInfo.InvariantCulture)));
    }
}
