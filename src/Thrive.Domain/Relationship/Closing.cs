using Thrive.Domain.Pairs;

namespace Thrive.Domain.Relationship;

/// <summary>Whether and how often the pair stay in touch after the programme.</summary>
public enum StayInTouch { Undecided, No, Occasionally, Regularly }

/// <summary>One member's part of closing the relationship.</summary>
public sealed class ClosingReflection
{
    public const int HowMax = 500;

    private ClosingReflection() { Answers = ClosingAnswers.Empty; StayInTouchHow = ""; }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    public Guid AuthorId { get; private set; }
    public ClosingAnswers Answers { get; private set; }
    public StayInTouch StayInTouch { get; private set; }
    public string StayInTouchHow { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static ClosingReflection Start(Guid pairId, Guid authorId) => new() { Id = Guid.NewGuid(), PairId = pairId, AuthorId = authorId };

    public Result<Unit> Save(ClosingAnswers answers, StayInTouch stay, string? how, DateTimeOffset now)
    {
        var errors = answers.Validate().ToList();
        var v = new Validate().MaxLength(nameof(StayInTouchHow), how, "How you will stay in touch", HowMax)
            .That(Enum.IsDefined(stay), nameof(StayInTouch), "Choose whether you will stay in touch.");
        errors.AddRange(v.Errors);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Answers = answers.Normalised();
        StayInTouch = stay;
        StayInTouchHow = (how ?? "").Trim();
        UpdatedAt = now;
        return Result.Ok();
    }
}

/// <summary>The rules for completing a pair from its closing: what each side must have written, and the shared decision.</summary>
public static class Closing
{
    /// <summary>What is still missing before the pair can complete, in plain sentences; empty when ready.</summary>
    public static IReadOnlyList<string> Missing(ClosingReflection? mentee, ClosingReflection? mentor)
    {
        var missing = new List<string>();
        foreach (var (who, r, isMentee) in new[] { ("The mentee", mentee, true), ("The mentor", mentor, false) })
        {
            var a = r?.Answers ?? ClosingAnswers.Empty;
            if (a.Answered(ClosingPart.GoalReflection) < 3) missing.Add($"{who} has not answered all three goal reflections.");
            if (a.Answered(ClosingPart.RelationshipReflection) < 5) missing.Add($"{who} has not answered all five relationship reflections.");
            if (isMentee && a.Answered(ClosingPart.ReflectiveExercise) < ClosingAnswers.ReflectiveMinimum)
                missing.Add($"{who} has answered fewer than {ClosingAnswers.ReflectiveMinimum} of the ten reflective questions.");
            if (!isMentee && string.IsNullOrWhiteSpace(a.NextSteps)) missing.Add($"{who} has not written the roadmap's next steps.");
            if ((r?.StayInTouch ?? StayInTouch.Undecided) == StayInTouch.Undecided) missing.Add($"{who} has not chosen whether to stay in touch.");
        }
        var (m, n) = (mentee?.StayInTouch ?? StayInTouch.Undecided, mentor?.StayInTouch ?? StayInTouch.Undecided);
        if (m != StayInTouch.Undecided && n != StayInTouch.Undecided && m != n)
            missing.Add("You have not agreed on staying in touch yet: choose the same answer.");
        if (Agreed(mentee, mentor) is StayInTouch.Occasionally or StayInTouch.Regularly
            && string.IsNullOrWhiteSpace(mentee!.StayInTouchHow) && string.IsNullOrWhiteSpace(mentor!.StayInTouchHow))
            missing.Add("Say how you will stay in touch (for example a coffee every few months).");
        return missing;
    }

    /// <summary>The decision both chose, or Undecided.</summary>
    public static StayInTouch Agreed(ClosingReflection? mentee, ClosingReflection? mentor) =>
        mentee is not null && mentor is not null && mentee.StayInTouch == mentor.StayInTouch ? mentee.StayInTouch : StayInTouch.Undecided;

    /// <summary>Completes the pair when nothing is missing; otherwise one validation error listing what is.</summary>
    public static Result<Unit> Complete(Pair pair, ClosingReflection? mentee, ClosingReflection? mentor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var missing = Missing(mentee, mentor);
        if (missing.Count > 0)
            return Result<Unit>.Fail(missing.Select(m => Error.Validation("Complete", m)).ToArray());
        return pair.Complete(now);
    }
}
