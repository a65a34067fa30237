using System.Globalization;

namespace Thrive.Domain.Exams;

/// <summary>How the booked exam went.</summary>
public enum ExamOutcome { Passed, Failed }

/// <summary>One domain of a person's exam; practice scores and study time name it by id, so a renamed domain keeps its history.</summary>
public sealed class ExamDomain
{
    private ExamDomain() { Name = ""; }

    public Guid Id { get; private set; }
    public Guid ExamId { get; private set; }
    public string Name { get; private set; }
    public int Weight { get; private set; }
    public int Position { get; private set; }

    internal static ExamDomain New(Guid examId, string name, int weight, int position) => new() { Id = Guid.NewGuid(), ExamId = examId, Name = name, Weight = weight, Position = position };

    internal void Set(string name, int weight, int position) => (Name, Weight, Position) = (name, weight, position);
}

/// <summary>
/// The certification exam a person prepares for in a programme (one per person and programme): what and when, the
/// voucher, the passing score on its scale, its weighted domains, a study plan of topics per week, and the result.
/// </summary>
public sealed class Exam
{
    private readonly List<ExamDomain> domains = [];

    private Exam() { Provider = ""; Name = ""; Code = ""; StudyPlan = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Provider { get; private set; }
    public string Name { get; private set; }
    public string Code { get; private set; }
    public DateOnly ExamOn { get; private set; }
    public DateOnly? VoucherExpiresOn { get; private set; }
    public int PassingScore { get; private set; }
    public int ScaleMin { get; private set; }
    public int ScaleMax { get; private set; }
    public bool Booked { get; private set; }
    /// <summary>One line per week, from the week the plan starts.</summary>
    public string StudyPlan { get; private set; }
    /// <summary>The Monday of the study plan's first week: the week the exam was set up.</summary>
    public DateOnly PlanFrom { get; private set; }
    /// <summary>A goal of the owner whose measure follows the latest practice score.</summary>
    public Guid? GoalId { get; private set; }
    public int? ResultScore { get; private set; }
    public ExamOutcome? Outcome { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>The domains in the exam's order.</summary>
    public IReadOnlyList<ExamDomain> Domains => domains.OrderBy(d => d.Position).ToList();

    public int ThresholdPercent => ExamDetails.ThresholdPercent(PassingScore, ScaleMax);

    /// <summary>The study plan's weeks, in order (blank lines dropped).</summary>
    public IReadOnlyList<string> PlanWeeks => StudyPlan.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static Result<Exam> SetUp(Guid programmeId, Guid ownerId, ExamDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today);
        if (errors.Count > 0) return Result<Exam>.Fail(errors);
        var e = new Exam { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, CreatedAt = now, PlanFrom = WeekStart(today) };
        e.Apply(d, now);
        return e;
    }

    public Result<Unit> Change(ExamDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today, ExamOn, VoucherExpiresOn);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        if (d.ExamOn != ExamOn) (ResultScore, Outcome) = (null, null);
        Apply(d, now);
        return Result.Ok();
    }

    /// <summary>The score the exam gave, on its scale, from the exam day on; passed at or above the passing score.</summary>
    public Result<Unit> RecordResult(int? score, DateOnly today, DateTimeOffset now)
    {
        if (today < ExamOn) return Error.Validation(nameof(ResultScore), string.Create(CultureInfo.InvariantCulture, $"The exam is on {ExamOn:d MMM yyyy}: record its result from that day on."));
        if (score is not { } s || s < ScaleMin || s > ScaleMax) return Error.Validation(nameof(ResultScore), $"The score must be on the exam's scale, {ScaleMin} to {ScaleMax}.");
        (ResultScore, Outcome, Booked, UpdatedAt) = (s, s >= PassingScore ? ExamOutcome.Passed : ExamOutcome.Failed, true, now);
        return Result.Ok();
    }

    /// <summary>The week of the study plan holding <paramref name="today"/> (0 for the first), or null outside the plan.</summary>
    public int? PlanWeekOf(DateOnly today)
    {
        var week = (WeekStart(today).DayNumber - PlanFrom.DayNumber) / 7;
        return week >= 0 && week < PlanWeeks.Count ? week : null;
    }

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private void Apply(ExamDetails d, DateTimeOffset now)
    {
        Provider = d.Provider.Trim();
        Name = d.Name.Trim();
        Code = (d.Code ?? "").Trim();
        ExamOn = d.ExamOn;
        VoucherExpiresOn = d.VoucherExpiresOn;
        PassingScore = d.PassingScore;
        ScaleMin = d.ScaleMin;
        ScaleMax = d.ScaleMax;
        Booked = d.Booked || ResultScore is not null;
        StudyPlan = (d.StudyPlan ?? "").Replace("\r", "", StringComparison.Ordinal).Trim();
        GoalId = d.GoalId;
        // A domain keeps its id (and so its scores and study time) while its name stays; others are new.
        var wanted = ExamDomains.Clean(d.Domains);
        var kept = domains.ToDictionary(x => x.Name.ToUpperInvariant());
        domains.Clear();
        for (var i = 0; i < wanted.Count; i++)
        {
            if (kept.TryGetValue(wanted[i].Name.ToUpperInvariant(), out var old)) { old.Set(wanted[i].Name, wanted[i].Weight, i); domains.Add(old); }
            else domains.Add(ExamDomain.New(Id, wanted[i].Name, wanted[i].Weight, i));
        }
        UpdatedAt = now;
    }
}
