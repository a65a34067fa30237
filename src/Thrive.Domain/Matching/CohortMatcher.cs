namespace Thrive.Domain.Matching;

/// <summary>A pair the coordinator fixed: kept as it is on every re-solve.</summary>
public sealed record MatchLock(Guid MenteeId, Guid MentorId);

/// <summary>A proposed pair with its reasons and the mentee's next-best mentor.</summary>
public sealed record ProposedPair(MatchPerson Mentee, MatchPerson Mentor, Compatibility Compatibility, bool Locked, MatchPerson? RunnerUp, int? RunnerUpScore);

public enum UnmatchedSide { Mentee, Mentor }

/// <summary>Someone the proposal leaves out, and why.</summary>
public sealed record UnmatchedPerson(MatchPerson Person, UnmatchedSide Side, string Reason);

/// <summary>How the scores of the proposed pairs spread; <see cref="Bands"/> counts pairs per band of 20 points (0-19 ... 80-100).</summary>
public sealed record ScoreSpread(int Min, int Median, int Max, double Average, IReadOnlyList<int> Bands)
{
    public static ScoreSpread Of(IReadOnlyList<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var bands = new int[5];
        foreach (var s in scores) bands[Math.Clamp(s / 20, 0, 4)]++;
        if (scores.Count == 0) return new ScoreSpread(0, 0, 0, 0, bands);
        var sorted = scores.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (int)Math.Round((sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2.0);
        return new ScoreSpread(sorted[0], median, sorted[^1], Math.Round(sorted.Average(), 1), bands);
    }
}

public sealed record MatchProposal(IReadOnlyList<ProposedPair> Pairs, IReadOnlyList<UnmatchedPerson> Unmatched, ScoreSpread Spread, MatchObjective Objective);

/// <summary>
/// The whole-cohort proposal: every candidate pair scored, the hard rules and musts applied, locked pairs kept,
/// then an exact optimum under the mentors' free capacity (<see cref="AssignmentSolver"/>).
/// </summary>
public static class CohortMatcher
{
    /// <summary>Under "best average score", pairs scoring less than this are left for the coordinator to pair by hand.</summary>
    public const int QualityFloor = 50;

    public static Result<MatchProposal> Propose(IReadOnlyList<MatchPerson> mentees, IReadOnlyList<MatchPerson> mentors, MatchingWeights weights,
        MatchObjective objective, IReadOnlyCollection<MatchLock> locks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mentees);
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(locks);
        var errors = weights.Validate();
        if (errors.Count > 0) return Result<MatchProposal>.Fail(errors);

        var menteeProfiles = mentees.Select(m => new MatchProfile(m, now)).ToArray();
        var mentorProfiles = mentors.Select(m => new MatchProfile(m, now)).ToArray();
        var mentorIndex = mentors.Select((m, j) => (m.UserId, j)).ToDictionary(x => x.UserId, x => x.j);
        var free = mentors.Select(m => Math.Max(0, m.Answers.Capacity - m.OpenPairs)).ToArray();
        var total = weights.TotalMultiplier;

        // Locked pairs first: they take their mentor's room and leave the solve.
        var assigned = new int[mentees.Count];
        var locked = new bool[mentees.Count];
        Array.Fill(assigned, -1);
        var lockByMentee = locks.GroupBy(l => l.MenteeId).ToDictionary(g => g.Key, g => g.First().MentorId);
        for (var i = 0; i < mentees.Count; i++)
            if (lockByMentee.TryGetValue(mentees[i].UserId, out var mentorId) && mentorIndex.TryGetValue(mentorId, out var j) && free[j] > 0)
            { assigned[i] = j; locked[i] = true; free[j]--; }

        // Every scored pair, the best and runner-up per mentee, and the edges the solver may use.
        var candidates = new List<Candidate>();
        var best = new (int Mentor, int Score)[mentees.Count];
        var second = new (int Mentor, int Score)[mentees.Count];
        var eligible = new int[mentees.Count];
        for (var i = 0; i < mentees.Count; i++)
        {
            best[i] = second[i] = (-1, -1);
            for (var j = 0; j < mentors.Count; j++)
            {
                if (CompatibilityRules.Score(menteeProfiles[i], mentorProfiles[j], weights, total) is not { } score) continue;
                eligible[i]++;
                if (score > best[i].Score) (second[i], best[i]) = (best[i], (j, score));
                else if (score > second[i].Score) second[i] = (j, score);
                if (!locked[i] && free[j] > 0 && (objective == MatchObjective.MostPeople || score >= QualityFloor))
                    candidates.Add(new Candidate(i, j, score));
            }
        }

        var bonus = objective == MatchObjective.MostPeople ? 110L * (mentees.Count + 1) : 1 - QualityFloor;
        var solved = AssignmentSolver.Solve(mentees.Count, free, candidates, bonus);
        for (var i = 0; i < mentees.Count; i++) if (!locked[i]) assigned[i] = solved[i];

        var pairs = new List<ProposedPair>();
        var unmatched = new List<UnmatchedPerson>();
        var taken = new int[mentors.Count];
        for (var i = 0; i < mentees.Count; i++)
        {
            if (assigned[i] < 0) { unmatched.Add(new UnmatchedPerson(mentees[i], UnmatchedSide.Mentee, MenteeReason(eligible[i], best[i].Score, objective))); continue; }
            var j = assigned[i];
            taken[j]++;
            var runnerUp = best[i].Mentor == j ? second[i] : best[i];
            pairs.Add(new ProposedPair(mentees[i], mentors[j], CompatibilityRules.Explain(menteeProfiles[i], mentorProfiles[j], weights), locked[i],
                runnerUp.Mentor < 0 ? null : mentors[runnerUp.Mentor], runnerUp.Mentor < 0 ? null : runnerUp.Score));
        }
        for (var j = 0; j < mentors.Count; j++)
            if (taken[j] == 0 && mentors[j].OpenPairs == 0)
                unmatched.Add(new UnmatchedPerson(mentors[j], UnmatchedSide.Mentor, free[j] == 0 && mentors[j].Answers.Capacity == 0
                    ? "The mentor has no capacity." : "No mentee left for whom this mentor was the better choice; they can take a mentee by hand."));

        pairs.Sort((a, b) => b.Compatibility.Score.CompareTo(a.Compatibility.Score));
        return new MatchProposal(pairs, unmatched, ScoreSpread.Of(pairs.Select(p => p.Compatibility.Score).ToList()), objective);
    }

    private static string MenteeReason(int eligible, int bestScore, MatchObjective objective) =>
        eligible == 0 ? "No mentor passes the musts and the hard rules (never their own manager) for this mentee."
        : objective == MatchObjective.BestAverage && bestScore < QualityFloor ? $"The best mentor scores {bestScore}, under {QualityFloor}: pair by hand or choose \"match the most people\"."
        : $"Capacity exhausted: the {eligible} mentor{(eligible == 1 ? "" : "s")} who fit are full with mentees they fit better.";
}
