using Thrive.Domain.Sessions;

namespace Thrive.Domain.Surveys;

/// <summary>Which side of the pair gave an answer: coordinators read the two sides apart.</summary>
public enum RaterSide { Mentee, Mentor }

/// <summary>
/// One person's 1-5 rating of a held session, with an optional comment: one per person per session, changeable for
/// <see cref="ChangeDays"/> days after the session. Private by default: its author reads it back; the partner never
/// does; coordinators read it only inside a group of at least <see cref="SurveyAnonymity.MinimumPeople"/> people,
/// unless the author ticked <see cref="Named"/> ("show my name to the coordinator").
/// </summary>
public sealed class SessionRating
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int CommentMax = 1000;

    /// <summary>A rating can be given or changed up to this many days after the session started.</summary>
    public const int ChangeDays = 14;

    private SessionRating() { }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid PairId { get; private set; }
    public Guid RaterId { get; private set; }
    public RaterSide Side { get; private set; }
    public int Score { get; private set; }
    public string Comment { get; private set; } = "";
    public bool Named { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }

    public static SessionRating Start(Guid sessionId, Guid pairId, Guid raterId, RaterSide side) =>
        new() { Id = Guid.NewGuid(), SessionId = sessionId, PairId = pairId, RaterId = raterId, Side = side };

    /// <summary>The last moment a session that started at <paramref name="sessionStart"/> can be rated.</summary>
    public static DateTimeOffset ChangeableUntil(DateTimeOffset sessionStart) => sessionStart.AddDays(ChangeDays);

    /// <summary>Whether a session in this state, started then, takes a rating now.</summary>
    public static Error? RefuseUnlessOpen(SessionStatus status, DateTimeOffset sessionStart, DateTimeOffset now) =>
        status != SessionStatus.Held ? Error.Conflict("A session can be rated once it is recorded as held.", code: "session_not_held")
        : now > ChangeableUntil(sessionStart) ? Error.Conflict($"Ratings can be given or changed for {ChangeDays} days after a session; this one is closed.", code: "rating_closed")
        : null;

    /// <summary>Checks every field first, so that a refused answer changes nothing.</summary>
    public Result<Unit> Answer(int? score, string? comment, bool named, DateTimeOffset now)
    {
        var v = Check(score, comment);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        (Score, Comment, Named, AnsweredAt) = (score!.Value, (comment ?? "").Trim(), named, now);
        return Result.Ok();
    }

    public static Validate Check(int? score, string? comment) => new Validate()
        .That(score is not null, nameof(Score), $"Choose a rating from {MinScore} to {MaxScore}.")
        .Range(nameof(Score), score ?? MinScore, "The rating", MinScore, MaxScore)
        .MaxLength(nameof(Comment), comment, "The comment", CommentMax);
}
