using Thrive.Domain.Programmes;

namespace Thrive.Domain.Relationship;

/// <summary>One member's answers to the relationship check: the session about the relationship itself, not the goals.</summary>
public sealed record CheckAnswers(string Expectations, string Working, string Change, string Goals, string Vibe)
{
    public const int TextMax = 2000;

    public static readonly CheckAnswers Empty = new("", "", "", "", "");

    public IEnumerable<(string Name, string Value)> Fields()
    {
        yield return (nameof(Expectations), Expectations);
        yield return (nameof(Working), Working);
        yield return (nameof(Change), Change);
        yield return (nameof(Goals), Goals);
        yield return (nameof(Vibe), Vibe);
    }

    public static string Label(string field) => field switch
    {
        nameof(Expectations) => "Is the relationship meeting what you expected of it? Are you both keeping to the plan?",
        nameof(Working) => "What is working well: in the sessions, between them, in how you talk?",
        nameof(Change) => "What would you change about how you work together?",
        nameof(Goals) => "Are your goals still the right ones, or do they need revising?",
        _ => "The 'itch': has the vibe faded, do sessions feel formulaic? What would bring the energy back?",
    };

    public IReadOnlyList<Error> Validate()
    {
        var v = new Validate();
        foreach (var (name, value) in Fields()) v.MaxLength(name, value, "This answer", TextMax);
        v.That(Fields().Any(f => !string.IsNullOrWhiteSpace(f.Value)), nameof(Expectations), "Answer at least one question before saving.");
        return v.Errors;
    }

    public CheckAnswers Normalised() => new(T(Expectations), T(Working), T(Change), T(Goals), T(Vibe));

    private static string T(string? s) => (s ?? "").Trim();
}

/// <summary>
/// The check around the programme's midpoint (the guide's "six-week itch" in a 12-week programme). Each member
/// writes their own answers; either may mark the session held, which ends the prompt.
/// </summary>
public sealed class MidpointCheck
{
    private MidpointCheck() { Answers = CheckAnswers.Empty; }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    public Guid AuthorId { get; private set; }
    public CheckAnswers Answers { get; private set; }
    public DateTimeOffset? SavedAt { get; private set; }
    public DateTimeOffset? HeldAt { get; private set; }

    public static MidpointCheck Start(Guid pairId, Guid authorId) => new() { Id = Guid.NewGuid(), PairId = pairId, AuthorId = authorId };

    public Result<Unit> Save(CheckAnswers answers, DateTimeOffset now)
    {
        var errors = answers.Validate();
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Answers = answers.Normalised();
        SavedAt = now;
        return Result.Ok();
    }

    /// <summary>Marks the relationship session held; the answers are what each took into it.</summary>
    public Result<Unit> MarkHeld(DateTimeOffset now)
    {
        if (SavedAt is null) return Error.Conflict("Write your own answers first, then mark the check held.");
        HeldAt ??= now;
        return Result.Ok();
    }

    /// <summary>The midpoint (start + half the length, in weeks) with a week either side.</summary>
    public static DateRange Window(DateOnly start, int lengthWeeks)
    {
        var mid = start.AddDays(lengthWeeks / 2 * 7);
        return new DateRange(mid.AddDays(-7), mid.AddDays(7));
    }

    /// <summary>The prompt shows in the window while the pair is active and nobody has marked the check held.</summary>
    public static bool IsDue(DateOnly start, int lengthWeeks, DateOnly today, bool active, bool held)
    {
        var w = Window(start, lengthWeeks);
        return active && !held && today >= w.From && today <= w.To;
    }
}
