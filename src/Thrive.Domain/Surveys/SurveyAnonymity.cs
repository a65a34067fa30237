namespace Thrive.Domain.Surveys;

/// <summary>One answer as the coordinators' results read it: who (to count people, never shown unless named), the score, a comment.</summary>
public sealed record SurveyAnswer(Guid PersonId, int Score, string Comment, bool Named, string Name);

/// <summary>
/// What coordinators may see of a group of answers (say, every mentee's session ratings in a programme). Unnamed answers
/// show only as a whole, and only when at least <see cref="MinimumPeople"/> different people gave them: the count, the
/// average, how many gave each score, and their comments without names. Answers whose authors chose to name themselves
/// show one by one with the name. The two are kept apart (the unnamed group is judged on its own people), so that no
/// one can take the named answers away from a total and read what the others said.
/// </summary>
public static class SurveyAnonymity
{
    /// <summary>Unnamed answers are shown only as a whole of at least this many different people.</summary>
    public const int MinimumPeople = 5;

    /// <param name="People">Different people among the unnamed answers (shown even when below the threshold: it says why nothing else is).</param>
    /// <param name="Counts">How many unnamed answers gave each score, lowest score first; empty when hidden.</param>
    public sealed record Aggregate(bool Shown, int People, int Answers, double? Average, IReadOnlyList<int> Counts, IReadOnlyList<string> Comments);

    /// <summary>A group's results for coordinators: the unnamed whole (or that it is hidden) and the named answers.</summary>
    public sealed record Results(Aggregate Unnamed, IReadOnlyList<SurveyAnswer> Named);

    public static Results Summarise(IEnumerable<SurveyAnswer> answers, int minScore, int maxScore)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var all = answers.ToList();
        var unnamed = all.Where(a => !a.Named).ToList();
        var people = unnamed.Select(a => a.PersonId).Distinct().Count();
        var named = all.Where(a => a.Named).ToList();
        if (people < MinimumPeople) return new(new Aggregate(false, people, unnamed.Count, null, [], []), named);
        var counts = Enumerable.Range(minScore, maxScore - minScore + 1).Select(s => unnamed.Count(a => a.Score == s)).ToList();
        // Comments in a fixed order that says nothing about who or when: alphabetical.
        var comments = unnamed.Select(a => a.Comment).Where(c => c.Length > 0).Order(StringComparer.Ordinal).ToList();
        return new(new Aggregate(true, people, unnamed.Count, Math.Round(unnamed.Average(a => a.Score), 1), counts, comments), named);
    }
}
