using Thrive.Domain.Board;

namespace Thrive.Domain.Wellbeing;

/// <summary>The answers of a weekly check-in, validated with the names of their fields.</summary>
public sealed record CheckInAnswers(int Stress, int Energy, int Sleep, int Rest, int Workload, string? Note, DateOnly On)
{
    public const int NoteMax = 4000;
    /// <summary>How far back a check-in can be made: a programme's length and some.</summary>
    public const int MaxDaysBack = 366;

    public IReadOnlyList<Error> Validate(DateOnly today)
    {
        var v = new Validate();
        foreach (var (field, value) in new[] { (nameof(Stress), Stress), (nameof(Energy), Energy), (nameof(Sleep), Sleep), (nameof(Rest), Rest), (nameof(Workload), Workload) })
            v.Range(field, value, Label(field), WellbeingScales.Min, WellbeingScales.Max);
        return v.MaxLength(nameof(Note), Note?.Trim(), "The note", NoteMax)
            .That(On <= today, nameof(On), "A check-in cannot be dated in the future.")
            .That(On >= today.AddDays(-MaxDaysBack), nameof(On), "Check-ins can be made up to a year back.")
            .Errors;
    }

    private static string Label(string field) => field == nameof(Rest) ? "Time off code" : field;
}

/// <summary>
/// A private weekly check-in: stress, energy, sleep, time off code and workload from 1 to 5, an optional note, and the
/// number of cards the owner had in progress on their board when they checked in (kept, so that the heavy-stretch
/// signal reads the same numbers later). One a week (Monday to Sunday): checking in again that week updates it.
/// </summary>
public sealed class WellbeingCheckIn : ISharedEntry
{
    private WellbeingCheckIn() { Note = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public DateOnly WeekStart { get; private set; }
    public DateOnly On { get; private set; }
    public int Stress { get; private set; }
    public int Energy { get; private set; }
    public int Sleep { get; private set; }
    public int Rest { get; private set; }
    public int Workload { get; private set; }
    public string Note { get; private set; }
    public int WorkInProgress { get; private set; }
    public bool Shared { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid Version { get; private set; }

    public static DateOnly WeekOf(DateOnly day) => FlowCalendar.WeekStart(day);

    public static Result<WellbeingCheckIn> Record(Guid programmeId, Guid ownerId, CheckInAnswers a, int workInProgress, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(a);
        var c = new WellbeingCheckIn { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, CreatedAt = now };
        var done = c.Update(a, workInProgress, today, now);
        return done.Succeeded ? c : Result<WellbeingCheckIn>.Fail(done.Errors);
    }

    /// <summary>Checking in again in the same week: the answers and the cards in progress are those of now.</summary>
    public Result<Unit> Update(CheckInAnswers a, int workInProgress, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(a);
        var errors = a.Validate(today);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        if (WeekStart != default && WeekOf(a.On) != WeekStart)
            return Error.Validation(nameof(a.On), "A check-in stays in its week; make a new one for another week.");
        (WeekStart, On, Stress, Energy, Sleep, Rest, Workload) = (WeekOf(a.On), a.On, a.Stress, a.Energy, a.Sleep, a.Rest, a.Workload);
        Note = (a.Note ?? "").Trim();
        WorkInProgress = Math.Max(0, workInProgress);
        Touch(now);
        return Result.Ok();
    }

    public void Share(bool shared, DateTimeOffset now) { Shared = shared; Touch(now); }

    public CheckInPoint ToPoint() => new(WeekStart, Stress, Energy, Sleep, Rest, WorkInProgress);

    private void Touch(DateTimeOffset now) { UpdatedAt = now; Version = Guid.NewGuid(); }
}

/// <summary>An entry the owner may share with their mentoring partner (a check-in, a stressor, a win).</summary>
public interface ISharedEntry
{
    Guid OwnerId { get; }
    bool Shared { get; }
    void Share(bool shared, DateTimeOffset now);
}
