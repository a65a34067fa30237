using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Matching;

namespace Thrive.Domain.Tests;

public sealed class MatchingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly MatchingWeights Even = new(Importance.Moderately, Importance.Moderately, Importance.Moderately, Importance.Moderately, Importance.Moderately);

    private static MatchPerson Person(string name, int years = 5, string stack = "C#, SQL", Focus focus = Focus.Technical, string zone = "Africa/Johannesburg",
        string interests = "", string availability = "Tuesdays", int capacity = 0, string managesTeam = "", string team = "", string managerEmail = "", int openPairs = 0) =>
        new(Guid.NewGuid(), name, $"{name.ToLowerInvariant()}@example.com",
            new ApplicationAnswers(years, stack, focus, availability, "", zone, interests, "", capacity, managesTeam, team, managerEmail), openPairs);

    private static MatchPerson Mentor(string name, int capacity = 1, int years = 10, string stack = "C#, SQL", Focus focus = Focus.Technical,
        string zone = "Africa/Johannesburg", string interests = "", string availability = "Tuesdays", string managesTeam = "", int openPairs = 0) =>
        Person(name, years, stack, focus, zone, interests, availability, capacity, managesTeam, openPairs: openPairs);

    private static Result<MatchProposal> Propose(IReadOnlyList<MatchPerson> mentees, IReadOnlyList<MatchPerson> mentors, MatchingWeights? weights = null,
        MatchObjective objective = MatchObjective.MostPeople, IReadOnlyCollection<MatchLock>? locks = null) =>
        CohortMatcher.Propose(mentees, mentors, weights ?? Even, objective, locks ?? [], Now);

    [Fact]
    public void Every_factor_gives_its_share_and_says_why()
    {
        var mentee = Person("Lerato", years: 2, stack: "C#, SQL, React, Azure", focus: Focus.Technical | Focus.Career, interests: "chess, hiking");
        var mentor = Mentor("Daan", years: 8, stack: "c#, react", focus: Focus.Technical, zone: "Europe/Amsterdam", interests: "Hiking");
        var c = CompatibilityRules.Explain(mentee, mentor, Even, Now);
        var points = c.Factors.ToDictionary(f => f.Factor);
        Assert.Equal(10, points[MatchFactor.Stack].Points);          // 2 of 4 stack items, 20 points at most
        Assert.Contains("c#, react", points[MatchFactor.Stack].Why, StringComparison.Ordinal);
        Assert.Equal(10, points[MatchFactor.Focus].Points);          // technical of technical and career
        Assert.Equal(20, points[MatchFactor.Experience].Points);     // 6 years ahead: ideal
        Assert.Equal(18, points[MatchFactor.TimeZone].Points);       // 12 of 13 working hours (one hour apart in March)
        Assert.Equal(10, points[MatchFactor.Interests].Points);      // hiking of chess and hiking
        Assert.Equal(68, c.Score);
        Assert.All(c.Factors.Where(f => f.Importance != Importance.NotImportant), f => Assert.Equal(20, f.MaxPoints)); // the mentor type is not weighed
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(-3, 0.0)]
    [InlineData(1, 1 / 3.0)]
    [InlineData(3, 1.0)]
    [InlineData(10, 1.0)]
    [InlineData(20, 0.5)]
    [InlineData(40, 0.5)]
    public void Experience_fit_prefers_three_to_ten_years_ahead(int gap, double fit) =>
        Assert.Equal(fit, CompatibilityRules.ExperienceFit(gap), 3);

    [Fact]
    public void Time_zones_twelve_hours_apart_share_two_working_hours_and_days_without_overlap_share_none()
    {
        Assert.Equal(2, CompatibilityRules.OverlapHours(-5, 7));   // 20:00-21:00 and 08:00-09:00
        Assert.Equal(7.5, CompatibilityRules.OverlapHours(0, 5.5));
        Assert.Equal(13, CompatibilityRules.OverlapHours(2, 2));
        var weights = new MatchingWeights(Importance.NotImportant, Importance.NotImportant, Importance.NotImportant, Importance.Very, Importance.NotImportant);
        var c = CompatibilityRules.Explain(Person("A", availability: "Mondays"), Mentor("B", availability: "weekends"), weights, Now);
        Assert.Equal(0, c.Score);
        Assert.Contains("none in common", c.Factors.Single(f => f.Factor == MatchFactor.TimeZone).Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_important_factors_give_no_points_and_the_score_is_the_sum_of_the_parts()
    {
        var weights = new MatchingWeights(Importance.Very, Importance.NotImportant, Importance.NotImportant, Importance.NotImportant, Importance.NotImportant);
        var c = CompatibilityRules.Explain(Person("A", stack: "Go"), Mentor("B", stack: "Go, Rust"), weights, Now);
        Assert.Equal(100, c.Score);
        Assert.Equal(c.Score, c.Factors.Sum(f => f.Points));
        Assert.All(c.Factors.Where(f => f.Factor != MatchFactor.Stack), f => Assert.Equal(0, f.MaxPoints));
    }

    [Fact]
    public void A_must_filters_out_mentors_with_no_fit_and_says_so()
    {
        var weights = Even with { Stack = Importance.Must };
        var mentee = Person("Sipho", stack: "Python");
        var mentor = Mentor("Anika", stack: "Java");
        Assert.Contains("Tech stack is a must", CompatibilityRules.Refusal(mentee, mentor, weights, Now), StringComparison.Ordinal);
        Assert.Null(CompatibilityRules.Refusal(mentee, mentor, Even, Now));
        var p = Propose([mentee], [mentor], weights).Value!;
        Assert.Empty(p.Pairs);
        Assert.Contains("No mentor passes the musts", Assert.Single(p.Unmatched, u => u.Side == UnmatchedSide.Mentee).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mentor_is_never_proposed_to_a_mentee_they_manage()
    {
        var boss = Mentor("Boss", managesTeam: "Payments");
        var other = Mentor("Other", stack: "Go");
        var mentee = Person("Junior", team: "payments");
        var p = Propose([mentee], [boss, other]).Value!;
        Assert.Equal(other.UserId, Assert.Single(p.Pairs).Mentor.UserId);
        Assert.Equal("The mentor is the mentee's manager.", CompatibilityRules.Refusal(mentee, boss, Even, Now));
        Assert.Equal("The mentor is the mentee's manager.", CompatibilityRules.Refusal(Person("J2", managerEmail: "BOSS@example.com"), boss, Even, Now));
    }

    [Fact]
    public void All_weights_not_important_is_a_clear_error()
    {
        var none = new MatchingWeights(Importance.NotImportant, Importance.NotImportant, Importance.NotImportant, Importance.NotImportant, Importance.NotImportant);
        var r = Propose([Person("A")], [Mentor("B")], none);
        Assert.False(r.Succeeded);
        Assert.Contains("not important", Assert.Single(r.Errors).Message, StringComparison.Ordinal);
        Assert.False(Propose([Person("A")], [Mentor("B")], Even with { Focus = (Importance)9 }).Succeeded);
    }

    [Fact]
    public void Capacity_holds_and_open_pairs_count_against_it()
    {
        var mentor = Mentor("M", capacity: 3, openPairs: 1);
        var mentees = Enumerable.Range(0, 4).Select(i => Person($"E{i}")).ToList();
        var p = Propose(mentees, [mentor]).Value!;
        Assert.Equal(2, p.Pairs.Count);
        Assert.Equal(2, p.Unmatched.Count(u => u.Side == UnmatchedSide.Mentee));
    }

    [Fact]
    public void More_mentees_than_capacity_leaves_the_worst_fits_unmatched_and_says_why()
    {
        var mentor = Mentor("M", capacity: 2, stack: "C#, SQL");
        var good = Person("Good", stack: "C#, SQL");
        var half = Person("Half", stack: "C#, Go");
        var poor = Person("Poor", stack: "Go, Rust");
        var p = Propose([poor, half, good], [mentor]).Value!;
        Assert.Equal(["Good", "Half"], p.Pairs.Select(x => x.Mentee.Name).Order());
        var left = Assert.Single(p.Unmatched, u => u.Side == UnmatchedSide.Mentee);
        Assert.Equal("Poor", left.Person.Name);
        Assert.StartsWith("Capacity exhausted", left.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Most_people_beats_a_higher_total_and_best_average_drops_weak_pairs()
    {
        // A fits both mentors; B fits only X. Best total alone would give X to A.
        var x = Mentor("X", stack: "C#, SQL");
        var y = Mentor("Y", stack: "C#, Go", zone: "America/Los_Angeles");
        var a = Person("A", stack: "C#, SQL");
        var b = Person("B", stack: "SQL, Rust, Kotlin", focus: Focus.Career);
        var weights = new MatchingWeights(Importance.Must, Importance.NotImportant, Importance.NotImportant, Importance.NotImportant, Importance.NotImportant);
        var most = Propose([a, b], [x, y], weights).Value!;
        Assert.Equal(2, most.Pairs.Count);
        Assert.Equal(y.UserId, most.Pairs.Single(p => p.Mentee == a).Mentor.UserId);
        var avg = Propose([a, b], [x, y], weights, MatchObjective.BestAverage).Value!;
        Assert.Equal(100, Assert.Single(avg.Pairs).Compatibility.Score);
        Assert.Equal(100, avg.Spread.Min);
        Assert.Contains("under 50", Assert.Single(avg.Unmatched, u => u.Side == UnmatchedSide.Mentee).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Locked_pairs_are_kept_on_re_solve_and_the_runner_up_is_named()
    {
        var x = Mentor("X", stack: "C#, SQL");
        var y = Mentor("Y", stack: "C#");
        var a = Person("A", stack: "C#, SQL");
        var free = Propose([a], [x, y]).Value!;
        var pair = Assert.Single(free.Pairs);
        Assert.Equal(x.UserId, pair.Mentor.UserId);
        Assert.Equal(y.UserId, pair.RunnerUp!.UserId);
        Assert.False(pair.Locked);
        var locked = Assert.Single(Propose([a], [x, y], locks: [new MatchLock(a.UserId, y.UserId)]).Value!.Pairs);
        Assert.Equal(y.UserId, locked.Mentor.UserId);
        Assert.True(locked.Locked);
        Assert.Equal(x.UserId, locked.RunnerUp!.UserId);
    }

    [Fact]
    public void Score_spread_reports_min_median_max_and_bands()
    {
        var s = ScoreSpread.Of([10, 55, 60, 99]);
        Assert.Equal((10, 58, 99), (s.Min, s.Median, s.Max));
        Assert.Equal([1, 0, 1, 1, 1], s.Bands);
        Assert.Equal(0, ScoreSpread.Of([]).Max);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_optimum_equals_brute_force_on_small_random_cases(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var mentees = random.Next(1, 7);
            var caps = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(0, 3)).ToArray();
            var candidates = new List<Candidate>();
            for (var i = 0; i < mentees; i++)
                for (var j = 0; j < caps.Length; j++)
                    if (random.Next(4) > 0) candidates.Add(new Candidate(i, j, random.Next(0, 101)));
            foreach (var bonus in new long[] { 110L * (mentees + 1), 1 - CohortMatcher.QualityFloor })
            {
                var solved = AssignmentSolver.Solve(mentees, caps, candidates, bonus);
                AssertWithinCapacity(solved, caps);
                Assert.Equal(BruteForce(mentees, caps, candidates, bonus), Value(solved, candidates, bonus));
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Starting_from_each_mentees_best_mentors_and_pricing_the_rest_reaches_the_optimum_over_every_pair(int seed)
    {
        // Popular mentors (everyone's best few) with little room force several rounds of pricing.
        var random = new Random(seed);
        for (var round = 0; round < 10; round++)
        {
            var mentees = random.Next(20, 60);
            var caps = Enumerable.Range(0, random.Next(5, 30)).Select(_ => random.Next(0, 4)).ToArray();
            var popularity = caps.Select(_ => random.Next(0, 60)).ToArray();
            var candidates = new List<Candidate>();
            for (var i = 0; i < mentees; i++)
                for (var j = 0; j < caps.Length; j++)
                    if (random.Next(5) > 0) candidates.Add(new Candidate(i, j, Math.Min(100, popularity[j] + random.Next(0, 41))));
            foreach (var bonus in new long[] { 110L * (mentees + 1), 1 - CohortMatcher.QualityFloor })
            {
                var priced = AssignmentSolver.Solve(mentees, caps, candidates, bonus, perMentee: 1, out var rounds);
                var full = AssignmentSolver.Solve(mentees, caps, candidates, bonus, perMentee: int.MaxValue, out var fullRounds);
                Assert.Equal(1, fullRounds);
                Assert.True(rounds >= 1);
                AssertWithinCapacity(priced, caps);
                Assert.Equal(Value(full, candidates, bonus), Value(priced, candidates, bonus));
            }
        }
    }

    [Fact]
    public void Pricing_brings_in_a_pair_outside_the_first_look_when_it_is_needed()
    {
        // Both mentees like mentor 0 best; the first look (one mentor each) cannot place both, the optimum uses mentor 1.
        var candidates = new List<Candidate> { new(0, 0, 90), new(0, 1, 80), new(1, 0, 95), new(1, 1, 20) };
        var solved = AssignmentSolver.Solve(2, [1, 1], candidates, 110L * 3, perMentee: 1, out var rounds);
        Assert.Equal([1, 0], solved);
        Assert.True(rounds >= 2);
    }

    private static void AssertWithinCapacity(int[] assignment, int[] caps)
    {
        var load = new int[caps.Length];
        foreach (var j in assignment.Where(j => j >= 0)) load[j]++;
        Assert.All(Enumerable.Range(0, caps.Length), j => Assert.True(load[j] <= caps[j]));
    }

    private static long Value(int[] assignment, List<Candidate> candidates, long bonus) =>
        assignment.Select((j, i) => j < 0 ? 0 : candidates.Where(c => c.Mentee == i && c.Mentor == j).Max(c => c.Value) + bonus).Sum();

    private static long BruteForce(int mentees, int[] caps, List<Candidate> candidates, long bonus)
    {
        var load = new int[caps.Length];
        long Best(int i)
        {
            if (i == mentees) return 0;
            var best = Best(i + 1);
            foreach (var c in candidates.Where(c => c.Mentee == i && load[c.Mentor] < caps[c.Mentor]))
            {
                load[c.Mentor]++;
                best = Math.Max(best, c.Value + bonus + Best(i + 1));
                load[c.Mentor]--;
            }
            return best;
        }
        return Best(0);
    }
}
