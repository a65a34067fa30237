using System.Diagnostics;
using System.Globalization;
using Thrive.Domain.Intake;
using Thrive.Domain.Matching;

namespace Thrive.Bench;

/// <summary>The whole-cohort proposal for 1,000 mentees and 500 mentors (capacities 1-3), median of several runs.</summary>
internal static class MatchingBench
{
    private static readonly string[] Stack = ["C#", "SQL", "React", "Azure", "AWS", "Go", "Python", "Java", "Kotlin", "TypeScript", "Docker", "Kubernetes", "Rust", "Vue"];
    private static readonly string[] Interests = ["chess", "hiking", "music", "open source", "cycling", "reading", "games", "cooking", "photography"];
    private static readonly string[] Zones = ["Africa/Johannesburg", "Europe/Amsterdam", "Europe/London", "America/New_York", "Asia/Kolkata", "Africa/Lagos", "America/Los_Angeles"];
    private static readonly string[] Days = ["Mondays", "Tuesdays", "Wednesdays and Thursdays", "weekends", "Fridays", "weekdays"];

    public static void Run(int runs = 5)
    {
        var random = new Random(14);
        var mentees = Enumerable.Range(0, 1000).Select(i => Person(random, $"mentee {i}", random.Next(0, 6), 0)).ToList();
        var mentors = Enumerable.Range(0, 500).Select(i => Person(random, $"mentor {i}", random.Next(4, 25), random.Next(1, 4))).ToList();
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"1,000 mentees, 500 mentors, {mentors.Sum(m => m.Answers.Capacity)} places; {runs} runs per objective"));
        var process = Process.GetCurrentProcess();
        foreach (var objective in Enum.GetValues<MatchObjective>())
        {
            var times = new List<double>();
            var cpu = new List<double>();
            MatchProposal? last = null;
            for (var r = 0; r < runs + 1; r++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                last = CohortMatcher.Propose(mentees, mentors, MatchingWeights.Default, objective, [], now).Value!;
                process.Refresh();
                if (r == 0) continue; // the first run warms up
                times.Add(sw.Elapsed.TotalMilliseconds);
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
            times.Sort();
            cpu.Sort();
            Console.WriteLine(string.Create(inv,
                $"{objective,-12} median {times[times.Count / 2],7:N0} ms (CPU {cpu[cpu.Count / 2],7:N0} ms)  max {times[^1],7:N0} ms  pairs {last!.Pairs.Count}  unmatched mentees {last.Unmatched.Count(u => u.Side == UnmatchedSide.Mentee)}  average {last.Spread.Average}"));
        }
        SolverAlone(new Random(15));
    }

    /// <summary>
    /// The solver alone on 1,000 × 500 random values, first over each mentee's best few mentors with pricing (as the
    /// proposal runs it), then over every candidate at once: the totals must be equal, the times are the point.
    /// </summary>
    private static void SolverAlone(Random random)
    {
        var caps = Enumerable.Range(0, 500).Select(_ => random.Next(1, 4)).ToArray();
        var candidates = new List<Candidate>();
        for (var i = 0; i < 1000; i++)
            for (var j = 0; j < caps.Length; j++)
                candidates.Add(new Candidate(i, j, random.Next(0, 101)));
        var inv = CultureInfo.InvariantCulture;
        foreach (var (label, bonus) in new[] { ("most people", 110L * 1001), ("best average", 1L - CohortMatcher.QualityFloor) })
        {
            var sw = Stopwatch.StartNew();
            var priced = AssignmentSolver.Solve(1000, caps, candidates, bonus, AssignmentSolver.StartingMentorsPerMentee, out var rounds);
            var pricedMs = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var full = AssignmentSolver.Solve(1000, caps, candidates, bonus, int.MaxValue, out _);
            var fullMs = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine(string.Create(inv,
                $"solver alone, {candidates.Count:N0} random pairs, {label}: priced {pricedMs,6:N0} ms ({rounds} solves), every pair at once {fullMs,6:N0} ms; totals {Total(priced, candidates, bonus)} and {Total(full, candidates, bonus)}"));
        }
    }

    private static long Total(int[] assignment, List<Candidate> candidates, long bonus) =>
        assignment.Select((j, i) => j < 0 ? 0 : candidates[i * 500 + j].Value + bonus).Sum();

    private static MatchPerson Person(Random random, string name, int years, int capacity)
    {
        string Pick(string[] from, int n) => string.Join(", ", Enumerable.Range(0, n).Select(_ => from[random.Next(from.Length)]).Distinct());
        var focus = (Focus)random.Next(1, 8);
        var answers = new ApplicationAnswers(years, Pick(Stack, random.Next(2, 5)), focus, Days[random.Next(Days.Length)], "", Zones[random.Next(Zones.Length)],
            Pick(Interests, random.Next(0, 4)), "", capacity, "", "", "");
        return new MatchPerson(Guid.NewGuid(), name, name.Replace(' ', '.') + "@example.com", answers);
    }
}
