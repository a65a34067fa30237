namespace Thrive.Domain.Matching;

/// <summary>What the compatibility score is made of. Languages wait for an application field.</summary>
public enum MatchFactor { Stack, Focus, Experience, TimeZone, Interests, MentorType }

/// <summary>How much a factor counts; <see cref="Must"/> also filters out every candidate who does not meet it at all.</summary>
public enum Importance { NotImportant, Somewhat, Moderately, Very, Must }

/// <summary>"Match the most people" (most pairs, then the highest total), or "best average score" (only pairs that score at least <see cref="CohortMatcher.QualityFloor"/>).</summary>
public enum MatchObjective { MostPeople, BestAverage }

/// <summary>A programme's weights, one per factor; the mentor type (added later) counts for nothing until a coordinator weighs it.</summary>
public sealed record MatchingWeights(Importance Stack, Importance Focus, Importance Experience, Importance TimeZone, Importance Interests,
    Importance MentorType = Importance.NotImportant)
{
    public static readonly MatchingWeights Default = new(Importance.Very, Importance.Must, Importance.Moderately, Importance.Moderately, Importance.Somewhat);

    public static IReadOnlyList<MatchFactor> Factors { get; } = Enum.GetValues<MatchFactor>();

    public Importance Of(MatchFactor factor) => factor switch
    {
        MatchFactor.Stack => Stack,
        MatchFactor.Focus => Focus,
        MatchFactor.Experience => Experience,
        MatchFactor.TimeZone => TimeZone,
        MatchFactor.MentorType => MentorType,
        _ => Interests,
    };

    /// <summary>The factor's share of the score: must and very count 4, moderately 2, somewhat 1, not important 0.</summary>
    public static int Multiplier(Importance importance) => importance switch
    {
        Importance.Must or Importance.Very => 4,
        Importance.Moderately => 2,
        Importance.Somewhat => 1,
        _ => 0,
    };

    public int TotalMultiplier => Factors.Sum(f => Multiplier(Of(f)));

    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        foreach (var f in Factors)
            if (!Enum.IsDefined(Of(f))) errors.Add(Error.Validation(f.ToString(), "Choose how important this is."));
        if (errors.Count == 0 && TotalMultiplier == 0)
            errors.Add(Error.Validation(nameof(Stack), "Every factor is \"not important\": give at least one some importance, or there is nothing to rank mentors by."));
        return errors;
    }
}
