using System.Numerics;
using Thrive.Domain.Intake;
using Thrive.Domain.MentorTypes;
using Thrive.Domain.Pairs;

namespace Thrive.Domain.Matching;

/// <summary>One factor's part of a score: its points out of the most it could give, and why.</summary>
public sealed record FactorPoints(MatchFactor Factor, Importance Importance, int Points, int MaxPoints, string Why);

/// <summary>A candidate pair's score (the sum of its factors' points, 0-100) with every factor explained.</summary>
public sealed record Compatibility(int Score, IReadOnlyList<FactorPoints> Factors);

/// <summary>
/// Scores a mentee against a mentor. Each factor gives a fit between 0 and 1; a factor's points are its share of
/// the weights (<see cref="MatchingWeights.Multiplier"/>) of 100, times the fit. A "must" factor with no fit at all,
/// the mentor being the mentee's manager, or the mentor being the mentee, rules the pair out.
/// </summary>
public static class CompatibilityRules
{
    /// <summary>Working hours in each person's own time zone, the window two zones are compared on.</summary>
    public const double DayStart = 8, DayEnd = 21;

    public static Compatibility Explain(MatchPerson mentee, MatchPerson mentor, MatchingWeights weights, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return Explain(new MatchProfile(mentee, now), new MatchProfile(mentor, now), weights);
    }

    /// <summary>Why the pair cannot be proposed (a hard rule or a "must"), or null when it can.</summary>
    public static string? Refusal(MatchPerson mentee, MatchPerson mentor, MatchingWeights weights, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return Refusal(new MatchProfile(mentee, now), new MatchProfile(mentor, now), weights);
    }

    internal static Compatibility Explain(MatchProfile mentee, MatchProfile mentor, MatchingWeights weights)
    {
        var total = weights.TotalMultiplier;
        var factors = new List<FactorPoints>(MatchingWeights.Factors.Count);
        foreach (var f in MatchingWeights.Factors)
        {
            var importance = weights.Of(f);
            var max = total == 0 ? 0 : (int)Math.Round(100.0 * MatchingWeights.Multiplier(importance) / total);
            var (fit, why) = Fit(f, mentee, mentor);
            factors.Add(new FactorPoints(f, importance, Points(weights, total, f, fit), max, why));
        }
        return new Compatibility(factors.Sum(x => x.Points), factors);
    }

    /// <summary>The score alone, for the whole cohort; null when a hard rule or a must rules the pair out.</summary>
    internal static int? Score(MatchProfile mentee, MatchProfile mentor, MatchingWeights weights, int total)
    {
        if (HardRule(mentee, mentor) is not null) return null;
        var score = 0;
        foreach (var f in MatchingWeights.Factors)
        {
            var importance = weights.Of(f);
            if (importance == Importance.NotImportant) continue;
            var fit = FitValue(f, mentee, mentor);
            if (importance == Importance.Must && fit <= 0) return null;
            score += Points(weights, total, f, fit);
        }
        return score;
    }

    internal static string? Refusal(MatchProfile mentee, MatchProfile mentor, MatchingWeights weights)
    {
        if (HardRule(mentee, mentor) is { } rule) return rule;
        foreach (var f in MatchingWeights.Factors)
            if (weights.Of(f) == Importance.Must && FitValue(f, mentee, mentor) <= 0)
                return $"{Label(f)} is a must and {Fit(f, mentee, mentor).Why.TrimEnd('.').ToLowerInvariant()}.";
        return null;
    }

    public static string Label(MatchFactor f) => f switch
    {
        MatchFactor.Stack => "Tech stack",
        MatchFactor.Focus => "Focus areas",
        MatchFactor.Experience => "Experience gap",
        MatchFactor.TimeZone => "Time-zone overlap",
        MatchFactor.MentorType => "Mentor type",
        _ => "Shared interests",
    };

    private static int Points(MatchingWeights weights, int total, MatchFactor f, double fit) =>
        total == 0 ? 0 : (int)Math.Round(100.0 * MatchingWeights.Multiplier(weights.Of(f)) * fit / total);

    private static string? HardRule(MatchProfile mentee, MatchProfile mentor)
    {
        if (mentee.Person.UserId == mentor.Person.UserId) return "A person cannot mentor themselves.";
        var asCandidate = (MatchPerson p, ParticipantRole role) => new PairCandidate(p.UserId, p.Email, role, ApplicationStatus.Accepted, p.Answers);
        return PairingRules.IsManagerOf(asCandidate(mentor.Person, ParticipantRole.Mentor), asCandidate(mentee.Person, ParticipantRole.Mentee))
            ? "The mentor is the mentee's manager." : null;
    }

    private static double FitValue(MatchFactor f, MatchProfile mentee, MatchProfile mentor) => f switch
    {
        MatchFactor.Stack => Share(mentee.Stack, mentor.Stack),
        MatchFactor.Focus => FocusFit(mentee.Person.Answers.Focus, mentor.Person.Answers.Focus),
        MatchFactor.Experience => ExperienceFit(mentor.Person.Answers.YearsInField - mentee.Person.Answers.YearsInField),
        MatchFactor.TimeZone => TimeFit(mentee, mentor),
        MatchFactor.MentorType => MentorTypeFit(mentee.Person.MentorType, mentor.Person.MentorType),
        _ => Share(mentee.Interests, mentor.Interests),
    };

    private static (double Fit, string Why) Fit(MatchFactor f, MatchProfile mentee, MatchProfile mentor)
    {
        var fit = FitValue(f, mentee, mentor);
        return (fit, f switch
        {
            MatchFactor.Stack => SharedWhy(mentee.Stack, mentor.Stack, "stack item"),
            MatchFactor.Focus => FocusWhy(mentee.Person.Answers.Focus, mentor.Person.Answers.Focus),
            MatchFactor.Experience => ExperienceWhy(mentor.Person.Answers.YearsInField - mentee.Person.Answers.YearsInField),
            MatchFactor.TimeZone => TimeWhy(mentee, mentor),
            MatchFactor.MentorType => MentorTypeWhy(mentee.Person.MentorType, mentor.Person.MentorType),
            _ => SharedWhy(mentee.Interests, mentor.Interests, "interest"),
        });
    }

    /// <summary>How much of what the mentee named the mentor also named.</summary>
    private static double Share(HashSet<string> mentee, HashSet<string> mentor) =>
        mentee.Count == 0 ? 0 : (double)mentee.Count(mentor.Contains) / mentee.Count;

    private static string SharedWhy(HashSet<string> mentee, HashSet<string> mentor, string noun)
    {
        if (mentee.Count == 0) return $"The mentee named no {noun}.";
        var shared = mentee.Where(mentor.Contains).Order(StringComparer.Ordinal).ToList();
        return shared.Count == 0 ? $"No {noun} in common." : $"{shared.Count} of the mentee's {mentee.Count} in common: {string.Join(", ", shared)}.";
    }

    private static double FocusFit(Focus mentee, Focus mentor)
    {
        var wanted = BitOperations.PopCount((uint)mentee);
        return wanted == 0 ? 0 : (double)BitOperations.PopCount((uint)(mentee & mentor)) / wanted;
    }

    private static string FocusWhy(Focus mentee, Focus mentor)
    {
        var shared = mentee & mentor;
        return shared == Focus.None ? $"The mentor does not mentor on {mentee.ToString().ToLowerInvariant()}."
            : $"Covers {shared.ToString().ToLowerInvariant()} of the mentee's {mentee.ToString().ToLowerInvariant()}.";
    }

    /// <summary>Three to ten years ahead is ideal; fewer is a partial fit, none or behind is no fit, far ahead fades to half.</summary>
    public static double ExperienceFit(int gap) => gap switch
    {
        <= 0 => 0,
        < 3 => gap / 3.0,
        <= 10 => 1,
        _ => Math.Max(0.5, 1 - (gap - 10) / 20.0),
    };

    private static string ExperienceWhy(int gap) => gap switch
    {
        <= 0 => "The mentor has no more years in the field than the mentee.",
        < 3 => $"The mentor is {gap} year{(gap == 1 ? "" : "s")} ahead (3 to 10 is ideal).",
        <= 10 => $"The mentor is {gap} years ahead (3 to 10 is ideal).",
        _ => $"The mentor is {gap} years ahead, a wide gap.",
    };

    /// <summary>Shared working hours (08:00-21:00 each side) as a share of the day; none when both name days and share none.</summary>
    private static double TimeFit(MatchProfile mentee, MatchProfile mentor)
    {
        if (mentee.Days != 0 && mentor.Days != 0 && (mentee.Days & mentor.Days) == 0) return 0;
        return OverlapHours(mentee.OffsetHours, mentor.OffsetHours) / (DayEnd - DayStart);
    }

    public static double OverlapHours(double offsetA, double offsetB)
    {
        var d = Math.Abs(offsetA - offsetB) % 24;
        d = Math.Min(d, 24 - d);
        var window = DayEnd - DayStart;
        return Math.Max(0, window - d) + Math.Max(0, window - (24 - d)); // the windows can meet at both ends of the day
    }

    private static string TimeWhy(MatchProfile mentee, MatchProfile mentor)
    {
        if (mentee.Days != 0 && mentor.Days != 0 && (mentee.Days & mentor.Days) == 0) return "The days they gave as available have none in common.";
        var h = OverlapHours(mentee.OffsetHours, mentor.OffsetHours);
        return h <= 0 ? "No shared working hours between their time zones."
            : $"{h:0.#} shared working hours a day ({mentee.Person.Answers.TimeZone} and {mentor.Person.Answers.TimeZone}).";
    }

    /// <summary>
    /// How much of the mentor the mentee would like this mentor is: the overlap of their quiz scores (per type the smaller
    /// share, summed) over the mentee's own; no points while either has not taken the quiz, or the mentee ticked no "yes".
    /// </summary>
    public static double MentorTypeFit(MentorTypeScores? mentee, MentorTypeScores? mentor)
    {
        if (mentee is null || mentor is null) return 0;
        var wished = mentee.Types.Sum(t => t.Share);
        return wished <= 0 ? 0 : mentee.Types.Sum(t => Math.Min(t.Share, mentor.ShareOf(t.Type))) / wished;
    }

    private static string MentorTypeWhy(MentorTypeScores? mentee, MentorTypeScores? mentor)
    {
        if (mentee is null && mentor is null) return "Neither has taken the mentor-type quiz yet: no quiz yet.";
        if (mentee is null) return "The mentee has not taken the mentor-type quiz: no quiz yet.";
        if (mentor is null) return "The mentor has not taken the mentor-type quiz: no quiz yet.";
        if (mentee.Top.Count == 0) return "The mentee answered no to every question of the quiz: no wish to compare.";
        var fit = (int)Math.Round(100 * MentorTypeFit(mentee, mentor));
        var shared = mentee.Top.Where(mentor.Top.Contains).ToList();
        var mentorIs = mentor.Top.Count == 0 ? "the mentor answered no to every question" : $"the mentor is {MentorTypeNames.Join(mentor.Top)}";
        return (shared.Count > 0 ? $"The mentee would like {MentorTypeNames.Join(shared)}, and the mentor is one" : $"The mentee would like {MentorTypeNames.Join(mentee.Top)}; {mentorIs}")
            + $" ({fit}% of the wish covered).";
    }
}
