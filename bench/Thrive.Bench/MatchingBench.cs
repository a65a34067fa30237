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
        foreach (var objective in Enum.GetValues<MatchObjective>())
        {
            var times = new List<double>();
            MatchProposal? last = null;
            for (var r = 0; r < runs + 1; r++)
            {
                var sw = Stopwatch.StartNew();
                last = CohortMatcher.Propose(mentees, mentors, MatchingWeights.Default, objective, [], now).Value!;
                if (r > 0) times.Add(sw.Elapsed.TotalMilliseconds); // the first run warms up
            }
            times.Sort();
            Console.WriteLine(string.Create(inv,
                $"{objective,-12} median {times[times.Count / 2],8:N0} ms  max {times[^1],8:N0} ms  pairs {last!.Pairs.Count}  unmatched mentees {last.Unmatched.Count(u => u.Side == UnmatchedSide.Mentee)}  average {last.Spread.Average}"));
        }
    }

    private static MatchPerson Person(Random random, string name, int years, int capacity)
    {
        string Pick(string[] from, int n) => string.Join(", ", Enumerable.Range(0, n).Select(_ => from[random.Next(from.Length)]).Distinct());
        var focus = (Focus)random.Next(1, 8);
        var answers = new ApplicationAnswers(years, Pick(Stack, random.Next(2, 5)), focus, Days[random.Next(Days.Length)], "", Zones[random.Next(Zones.Length)],
            Pick(Interests, random.Next(0, 4)), "", capacity, "", "", "");
        return new MatchPerson(Guid.NewGuid(), name, name.Replace(' ', '.') + "@example.com", answers);
    }
}
