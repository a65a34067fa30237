using System.Globalization;

namespace Thrive.Domain.Commitments;

/// <summary>One day's record against a commitment: 1 for a yes/no habit, the amount for a number.</summary>
public sealed class CheckIn
{
    public const int NoteMax = 500;
    public const int MaxDaysBack = 7;
    public const decimal ValueMax = 1_000_000m;

    private CheckIn() { Note = ""; }

    public Guid Id { get; private set; }
    public Guid CommitmentId { get; private set; }
    public DateOnly Date { get; private set; }
    public decimal Value { get; private set; }
    public string Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// Records a check-in for <paramref name="date"/>: not in the future, at most a week back, not before the
    /// commitment started. Whether the day already has one is <see cref="EnsureFirstForDay"/>'s question.
    /// </summary>
    public static Result<CheckIn> Record(Commitment commitment, DateOnly date, decimal value, string? note, DateOnly today, DateTimeOffset now)
    {
        if (commitment.Archived) return Error.Conflict("This commitment is archived; restore it to check in.");
        var errors = new List<Error>();
        if (date > today)
            errors.Add(Error.Validation(nameof(Date), "You cannot check in for a day that has not happened yet."));
        else if (date < today.AddDays(-MaxDaysBack))
            errors.Add(Error.Validation(nameof(Date), $"Check-ins can be added up to {MaxDaysBack} days back."));
        else if (date < commitment.StartDate)
            errors.Add(Error.Validation(nameof(Date), $"The commitment starts on {Day(commitment.StartDate)}; check in from then on."));
        errors.AddRange(ValueErrors(commitment, value));
        errors.AddRange(new Validate().MaxLength(nameof(Note), note?.Trim(), "The note", NoteMax).Errors);
        if (errors.Count > 0) return Result<CheckIn>.Fail(errors);
        return new CheckIn
        {
            Id = Guid.NewGuid(), CommitmentId = commitment.Id, Date = date, Value = value,
            Note = (note ?? "").Trim(), RecordedAt = now,
        };
    }

    /// <summary>Whether this check-in met its commitment (reached the target, or stayed within the limit).</summary>
    public bool Met(Commitment commitment) => commitment.Schedule.Meets(Value);

    /// <summary>One check-in per day: a second one for the same day is a conflict pointing at the first.</summary>
    public static Result<Unit> EnsureFirstForDay(IEnumerable<DateOnly> existingDates, DateOnly date) =>
        existingDates.Contains(date)
            ? Error.Conflict($"You already checked in for {Day(date)}; change that check-in instead.", nameof(Date))
            : Result.Ok();

    /// <summary>Changes the value or note of this check-in; the day stays.</summary>
    public Result<Unit> Change(Commitment commitment, decimal value, string? note, DateTimeOffset now)
    {
        var errors = ValueErrors(commitment, value).ToList();
        errors.AddRange(new Validate().MaxLength(nameof(Note), note?.Trim(), "The note", NoteMax).Errors);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Value = value;
        Note = (note ?? "").Trim();
        RecordedAt = now;
        return Result.Ok();
    }

    /// <summary>"Tuesday 3 March": how people name a recent day.</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    private static IEnumerable<Error> ValueErrors(Commitment commitment, decimal value)
    {
        if (commitment.Kind == CommitmentKind.YesNo && value != 1m)
            yield return Error.Validation(nameof(Value), "A yes/no check-in has the value 1.");
        // Under a limit, nothing at all is the best news (0 cigarettes); towards a target, 0 is no check-in.
        var atMost = commitment.Direction == HabitDirection.AtMost;
        if (commitment.Kind == CommitmentKind.Number && (value < 0 || (value == 0 && !atMost) || value > ValueMax))
            yield return Error.Validation(nameof(Value), atMost
                ? $"The amount must be between 0 and {ValueMax.ToString("N0", CultureInfo.InvariantCulture)}."
                : $"The amount must be more than 0 and at most {ValueMax.ToString("N0", CultureInfo.InvariantCulture)}.");
    }
}
