namespace Thrive.Domain.Surveys;

/// <summary>How a custom survey question is answered.</summary>
public enum SurveyAnswerType { Scale, YesNo, ZeroToTen, FreeText }

/// <summary>
/// A question a programme's coordinators add to its relationship pulse or end survey, asked after the standard
/// questions (which keep their own columns in <see cref="PairSurveyAnswer"/> and cannot be changed). Its wording and
/// answer type can be changed only while nobody has answered it, so that every answer in the results was given to the
/// same question; after that it can be moved, made required or optional, or retired: a retired question is no longer
/// asked and its answers stay in the results.
/// </summary>
public sealed class SurveyQuestion
{
    public const int TextMax = 200;

    /// <summary>At most this many questions of a survey are asked besides the standard ones (retired ones do not count).</summary>
    public const int MaxActivePerSurvey = 10;

    /// <summary>At most this many a survey ever has, retired ones included, so that the results stay readable.</summary>
    public const int MaxPerSurvey = 40;

    public const int ScaleMin = 1;
    public const int ScaleMax = 5;
    public const int FreeTextMax = PairSurveyAnswer.CommentMax;

    private SurveyQuestion() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public SurveyKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public SurveyAnswerType AnswerType { get; private set; }

    /// <summary>The place among the survey's custom questions, 1 first; retired questions keep theirs.</summary>
    public int Position { get; private set; }

    public bool Required { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }
    public bool Retired => RetiredAt is not null;

    /// <summary>Checks a question's fields: what the add and the edit forms show beside their fields.</summary>
    public static Validate Check(string? text, SurveyAnswerType type) => new Validate()
        .Required(nameof(Text), text?.Trim(), "The question", TextMax)
        .That(Enum.IsDefined(type), nameof(AnswerType), "Choose how the question is answered.");

    /// <param name="active">How many questions the survey asks besides the standard ones now.</param>
    /// <param name="all">How many it has, retired ones included.</param>
    public static Result<SurveyQuestion> Add(Guid programmeId, SurveyKind kind, string? text, SurveyAnswerType type, bool required, int active, int all, int position)
    {
        var v = Check(text, type)
            .That(Enum.IsDefined(kind), nameof(Kind), "Choose the pulse or the end survey.")
            .That(active < MaxActivePerSurvey, nameof(Text), $"A survey asks at most {MaxActivePerSurvey} questions of your own; retire one first.")
            .That(all < MaxPerSurvey, nameof(Text), $"A survey has at most {MaxPerSurvey} questions of your own, retired ones included.");
        if (!v.Ok) return Result<SurveyQuestion>.Fail(v.Errors);
        return new SurveyQuestion
        {
            Id = Guid.NewGuid(), ProgrammeId = programmeId, Kind = kind, Text = text!.Trim(), AnswerType = type, Required = required, Position = position,
        };
    }

    /// <summary>Changes the question; its wording and answer type only while nobody has answered it.</summary>
    public Result<Unit> Edit(string? text, SurveyAnswerType type, bool required, bool answered)
    {
        var v = Check(text, type);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        if (Retired) return Error.Conflict("This question is retired; add a new one instead.", code: "question_retired");
        var reworded = !string.Equals(text!.Trim(), Text, StringComparison.Ordinal) || type != AnswerType;
        if (reworded && answered)
            return Error.Conflict("People have answered this question, so its wording and answer type stay as they are; retire it and add a new one to ask something else.",
                nameof(Text), "question_answered");
        (Text, AnswerType, Required) = (text.Trim(), type, required);
        return Result.Ok();
    }

    public void MoveTo(int position) => Position = position;

    /// <summary>No longer asked; its answers stay in the results. Retiring twice changes nothing.</summary>
    public void Retire(DateTimeOffset now) => RetiredAt ??= now;

    /// <summary>The lowest and highest number an answer of this type takes (yes is 1, no is 0); none for free text.</summary>
    public static (int Min, int Max)? RangeOf(SurveyAnswerType type) => type switch
    {
        SurveyAnswerType.Scale => (ScaleMin, ScaleMax),
        SurveyAnswerType.YesNo => (0, 1),
        SurveyAnswerType.ZeroToTen => (NetPromoter.Min, NetPromoter.Max),
        _ => null,
    };

    /// <summary>
    /// Checks one answer to this question under <paramref name="field"/>: a number within its range (yes 1, no 0), or
    /// text no longer than <see cref="FreeTextMax"/>; a required question must be answered.
    /// </summary>
    public void CheckAnswer(Validate v, string field, int? number, string? text)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (RangeOf(AnswerType) is { } range)
        {
            var label = AnswerType == SurveyAnswerType.YesNo ? "Choose yes or no." : $"Choose an answer from {range.Min} to {range.Max}.";
            v.That(!Required || number is not null, field, label);
            if (number is { } n) v.That(n >= range.Min && n <= range.Max, field, AnswerType == SurveyAnswerType.YesNo ? "Choose yes or no." : $"The answer must be between {range.Min} and {range.Max}.");
        }
        else
        {
            v.That(!Required || !string.IsNullOrWhiteSpace(text), field, "Answer this question.").MaxLength(field, text?.Trim(), "The answer", FreeTextMax);
        }
    }

    /// <summary>One answer as a member gives it: to which question, a number or a text.</summary>
    public sealed record Given(Guid QuestionId, int? Number, string? Text);

    /// <summary>
    /// Checks the answers to the questions a survey asks (<paramref name="asked"/>, in order): each under the field
    /// <c>Custom[n]</c>, n its place among them. An answer to a question of <paramref name="retired"/> is ignored (it
    /// was retired while the form was open); an answer to any other question is refused.
    /// </summary>
    public static Validate CheckAnswers(Validate v, IReadOnlyList<SurveyQuestion> asked, IReadOnlySet<Guid> retired, IReadOnlyList<Given>? given)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(retired);
        var answers = given ?? [];
        var askedIds = asked.Select(q => q.Id).ToHashSet();
        v.That(answers.All(a => a is not null && (askedIds.Contains(a.QuestionId) || retired.Contains(a.QuestionId))), "Custom",
                "One of the answers is to a question this survey does not ask; reload the page.")
            .That(answers.Where(a => a is not null).GroupBy(a => a.QuestionId).All(g => g.Count() == 1), "Custom", "Answer each question once.");
        for (var i = 0; i < asked.Count; i++)
        {
            var mine = answers.FirstOrDefault(a => a?.QuestionId == asked[i].Id);
            asked[i].CheckAnswer(v, $"Custom[{i}]", mine?.Number, mine?.Text);
        }
        return v;
    }

    /// <summary>Whether the answer says anything (an optional question left blank is not stored).</summary>
    public bool IsGiven(int? number, string? text) => RangeOf(AnswerType) is null ? !string.IsNullOrWhiteSpace(text) : number is not null;
}

/// <summary>One answer to a custom <see cref="SurveyQuestion"/>, part of a member's <see cref="PairSurveyAnswer"/> and private like it.</summary>
public sealed class SurveyQuestionAnswer
{
    private SurveyQuestionAnswer() { }

    public Guid Id { get; private set; }
    public Guid SurveyAnswerId { get; private set; }
    public Guid QuestionId { get; private set; }

    /// <summary>The number given (1-5, 0-10, yes 1 or no 0); null for free text.</summary>
    public int? Number { get; private set; }

    public string Text { get; private set; } = "";

    public static SurveyQuestionAnswer Start(Guid surveyAnswerId, Guid questionId) => new() { Id = Guid.NewGuid(), SurveyAnswerId = surveyAnswerId, QuestionId = questionId };

    /// <summary>Takes an answer already checked by <see cref="SurveyQuestion.CheckAnswer"/>.</summary>
    public void Set(SurveyQuestion question, int? number, string? text)
    {
        ArgumentNullException.ThrowIfNull(question);
        (Number, Text) = SurveyQuestion.RangeOf(question.AnswerType) is null ? ((int?)null, (text ?? "").Trim()) : (number, "");
    }
}
