namespace Thrive.Domain.Surveys;

/// <summary>The two surveys a pair's members answer about their relationship: a pulse every four weeks, and one at the end.</summary>
public enum SurveyKind { Pulse, End }

/// <summary>"Are you meeting as often as you planned?"</summary>
public enum MeetingAsPlanned { Yes, Partly, No }

/// <summary>"Did you meet your goals?"</summary>
public enum GoalsMet { All, Most, Some, None }

/// <summary>
/// When a pair's relationship pulse is due: <see cref="FirstAfterDays"/> days after the pair started, then every
/// <see cref="EveryDays"/> days while it is active. Round 1 opens on day 30; each round stays open (its answers can be
/// changed) until the next one opens.
/// </summary>
public static class PulseSchedule
{
    public const int FirstAfterDays = 30;
    public const int EveryDays = 28;

    /// <summary>The round open on <paramref name="today"/> for a pair started on <paramref name="started"/>; 0 before the first.</summary>
    public static int RoundOn(DateOnly started, DateOnly today)
    {
        var days = today.DayNumber - started.DayNumber;
        return days < FirstAfterDays ? 0 : (days - FirstAfterDays) / EveryDays + 1;
    }

    /// <summary>The day a round opens.</summary>
    public static DateOnly OpensOn(DateOnly started, int round) =>
        round < 1 ? throw new ArgumentOutOfRangeException(nameof(round)) : started.AddDays(FirstAfterDays + EveryDays * (round - 1));

    /// <summary>The last day a round can be answered or changed (the day before the next opens).</summary>
    public static DateOnly LastDay(DateOnly started, int round) => OpensOn(started, round + 1).AddDays(-1);
}

/// <summary>Net Promoter Score from 0-10 answers: the share of promoters (9-10) less the share of detractors (0-6), in whole percent.</summary>
public static class NetPromoter
{
    public const int Min = 0;
    public const int Max = 10;

    public sealed record Score(int Promoters, int Passives, int Detractors, int? Value)
    {
        public int Answers => Promoters + Passives + Detractors;
    }

    /// <param name="counts">How many gave each score from 0 to 10 (eleven numbers).</param>
    public static Score FromCounts(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count != Max - Min + 1) throw new ArgumentException("One count per score from 0 to 10.", nameof(counts));
        var detractors = counts.Take(7).Sum();
        var passives = counts[7] + counts[8];
        var promoters = counts[9] + counts[10];
        var total = detractors + passives + promoters;
        int? value = total == 0 ? null : (int)Math.Round(100.0 * (promoters - detractors) / total, MidpointRounding.AwayFromZero);
        return new(promoters, passives, detractors, value);
    }

    public static Score Of(IEnumerable<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var counts = new int[Max - Min + 1];
        foreach (var s in scores) counts[Math.Clamp(s, Min, Max)]++;
        return FromCounts(counts);
    }
}

/// <summary>
/// One member's answer to a pair survey: the pulse of one round ("How well is the relationship working?" 1-5, "Are you
/// meeting as often as you planned?"), or the end survey (goals met, would you do it again, 0-10 recommend); both
/// with an optional comment and "show my name to the coordinator". One per person, pair, kind and round. Private like
/// <see cref="SessionRating"/>: the partner never reads it; coordinators only through <see cref="SurveyAnonymity"/>.
/// </summary>
public sealed class PairSurveyAnswer
{
    public const int CommentMax = SessionRating.CommentMax;
    public const int WorkingMin = 1;
    public const int WorkingMax = 5;

    /// <summary>The end survey can still be answered or changed this many days after the pair completed.</summary>
    public const int EndOpenDays = 30;

    private PairSurveyAnswer() { }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    public Guid PersonId { get; private set; }
    public RaterSide Side { get; private set; }
    public SurveyKind Kind { get; private set; }

    /// <summary>The pulse round (1, 2, ...); 0 for the end survey.</summary>
    public int Round { get; private set; }

    public int? Working { get; private set; }
    public MeetingAsPlanned? Meeting { get; private set; }
    public GoalsMet? GoalsMet { get; private set; }
    public bool? Again { get; private set; }
    public int? Recommend { get; private set; }
    public string Comment { get; private set; } = "";
    public bool Named { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }

    public static PairSurveyAnswer Start(Guid pairId, Guid personId, RaterSide side, SurveyKind kind, int round) =>
        new() { Id = Guid.NewGuid(), PairId = pairId, PersonId = personId, Side = side, Kind = kind, Round = kind == SurveyKind.End ? 0 : round };

    /// <summary>The answers of either survey; the fields of the other kind are ignored.</summary>
    public sealed record Answers(int? Working, MeetingAsPlanned? Meeting, GoalsMet? GoalsMet, bool? Again, int? Recommend, string? Comment, bool Named);

    /// <summary>Every field checked first, so that a refused answer changes nothing.</summary>
    public static Validate Check(SurveyKind kind, Answers a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var v = new Validate();
        if (kind == SurveyKind.Pulse)
            v.That(a.Working is not null, nameof(Working), $"Choose how well the relationship is working, from {WorkingMin} to {WorkingMax}.")
                .Range(nameof(Working), a.Working ?? WorkingMin, "The answer", WorkingMin, WorkingMax)
                .That(a.Meeting is null || Enum.IsDefined(a.Meeting.Value), nameof(Meeting), "Choose yes, partly or no.")
                .That(a.Meeting is not null, nameof(Meeting), "Say whether you are meeting as often as you planned.");
        else
            v.That(a.GoalsMet is not null, nameof(GoalsMet), "Say how many of your goals you met.")
                .That(a.GoalsMet is null || Enum.IsDefined(a.GoalsMet.Value), nameof(GoalsMet), "Choose all, most, some or none.")
                .That(a.Again is not null, nameof(Again), "Say whether you would do it again.")
                .That(a.Recommend is not null, nameof(Recommend), $"Choose how likely you are to recommend the programme, from {NetPromoter.Min} to {NetPromoter.Max}.")
                .Range(nameof(Recommend), a.Recommend ?? NetPromoter.Min, "The score", NetPromoter.Min, NetPromoter.Max);
        return v.MaxLength(nameof(Comment), a.Comment, "The comment", CommentMax);
    }

    public Result<Unit> Answer(Answers a, DateTimeOffset now)
    {
        var v = Check(Kind, a);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        if (Kind == SurveyKind.Pulse) (Working, Meeting) = (a.Working, a.Meeting);
        else (GoalsMet, Again, Recommend) = (a.GoalsMet, a.Again, a.Recommend);
        (Comment, Named, AnsweredAt) = ((a.Comment ?? "").Trim(), a.Named, now);
        return Result.Ok();
    }
}
