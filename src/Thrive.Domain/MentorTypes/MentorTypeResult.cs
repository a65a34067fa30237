namespace Thrive.Domain.MentorTypes;

/// <summary>A person's latest answers to the mentor-type quiz; taking it again replaces them.</summary>
public sealed class MentorTypeResult
{
    private MentorTypeResult() { }

    public Guid UserId { get; private set; }

    /// <summary>One letter a question, "y" or "n" (<see cref="MentorTypeQuiz.Encode"/>).</summary>
    public string Answers { get; private set; } = "";

    public DateTimeOffset TakenAt { get; private set; }

    public MentorTypeScores Scores => MentorTypeQuiz.ScoresOf(Answers)!;

    /// <summary>A first result, or the refusal of an incomplete sheet.</summary>
    public static Result<MentorTypeResult> Take(Guid userId, IReadOnlyList<bool?>? answers, DateTimeOffset now)
    {
        var result = new MentorTypeResult { UserId = userId };
        var taken = result.Retake(answers, now);
        return taken.Succeeded ? result : Result<MentorTypeResult>.Fail(taken.Errors);
    }

    /// <summary>Replaces the answers with a complete new sheet; nothing changes when it is incomplete.</summary>
    public Result<Unit> Retake(IReadOnlyList<bool?>? answers, DateTimeOffset now)
    {
        var errors = MentorTypeQuiz.Validate(answers);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Answers = MentorTypeQuiz.Encode(answers!.Select(a => a!.Value).ToList());
        TakenAt = now;
        return Result.Ok();
    }
}
