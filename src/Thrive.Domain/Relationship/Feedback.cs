namespace Thrive.Domain.Relationship;

/// <summary>Whether a piece of feedback praises something, asks for a change, or just says what happened.</summary>
public enum FeedbackKind { Observation, Praise, Change }

/// <summary>
/// Feedback from one member of a pair to the other, in Situation-Impact-Action form. The receiver may
/// acknowledge it and reply once; only the two of them ever read it.
/// </summary>
public sealed class Feedback
{
    public const int TextMax = 1000;
    public const int ReplyMax = 1000;

    private Feedback() { Situation = ""; Impact = ""; Action = ""; Reply = ""; }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    public Guid GiverId { get; private set; }
    public Guid ReceiverId { get; private set; }
    public FeedbackKind Kind { get; private set; }
    public string Situation { get; private set; }
    public string Impact { get; private set; }
    public string Action { get; private set; }
    public DateTimeOffset GivenAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string Reply { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }

    /// <summary>The guide's short hints for each part.</summary>
    public static string Hint(string field) => field switch
    {
        nameof(Situation) => "The specific moment you want to talk about: when and where it happened.",
        nameof(Impact) => "What that led to: the effect on you, the work or others.",
        _ => "A next step your partner could take to keep doing it, or to do it differently.",
    };

    public static Result<Feedback> Give(Guid pairId, Guid giverId, Guid receiverId, FeedbackKind kind,
        string? situation, string? impact, string? action, DateTimeOffset now)
    {
        var v = new Validate()
            .Required(nameof(Situation), situation, "Situation", TextMax)
            .Required(nameof(Impact), impact, "Impact", TextMax)
            .Required(nameof(Action), action, "Action", TextMax)
            .That(Enum.IsDefined(kind), nameof(Kind), "Choose praise, something to change, or neither.")
            .That(giverId != receiverId, nameof(ReceiverId), "Feedback goes to your partner.");
        if (!v.Ok) return Result<Feedback>.Fail(v.Errors);
        return new Feedback
        {
            Id = Guid.NewGuid(), PairId = pairId, GiverId = giverId, ReceiverId = receiverId, Kind = kind,
            Situation = situation!.Trim(), Impact = impact!.Trim(), Action = action!.Trim(), GivenAt = now,
        };
    }

    public Result<Unit> Acknowledge(Guid actorId, DateTimeOffset now)
    {
        if (actorId != ReceiverId) return Error.Forbidden();
        AcknowledgedAt ??= now;
        return Result.Ok();
    }

    /// <summary>One reply, by the receiver; replying also acknowledges.</summary>
    public Result<Unit> Respond(Guid actorId, string? reply, DateTimeOffset now)
    {
        if (actorId != ReceiverId) return Error.Forbidden();
        var v = new Validate().Required(nameof(Reply), reply, "Your reply", ReplyMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        if (RepliedAt is not null) return Error.Conflict("You have already replied to this feedback.", nameof(Reply));
        Reply = reply!.Trim();
        RepliedAt = now;
        AcknowledgedAt ??= now;
        return Result.Ok();
    }
}
