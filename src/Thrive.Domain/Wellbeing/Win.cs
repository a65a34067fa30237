namespace Thrive.Domain.Wellbeing;

/// <summary>What a person writes down for a win.</summary>
public sealed record WinDetails(string Text, string? Doubt, DateOnly On)
{
    public const int TextMax = 1000;
    public const int DoubtMax = 500;

    public IReadOnlyList<Error> Validate(DateOnly today) => new Validate()
        .Required(nameof(Text), Text, "The win", TextMax)
        .MaxLength(nameof(Doubt), Doubt?.Trim(), "The doubt it answers", DoubtMax)
        .That(On <= today, nameof(On), "A win cannot be dated in the future.")
        .That(On >= today.AddDays(-CheckInAnswers.MaxDaysBack), nameof(On), "Wins can be written down up to a year back.")
        .Errors;
}

/// <summary>
/// A win in the owner's journal against imposter feelings: what went well, and optionally the doubting voice it answers
/// ("I'm not a real developer"). Private unless shared.
/// </summary>
public sealed class Win : ISharedEntry
{
    private Win() { Text = ""; Doubt = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Text { get; private set; }
    public string Doubt { get; private set; }
    public DateOnly On { get; private set; }
    public bool Shared { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<Win> Note(Guid programmeId, Guid ownerId, WinDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today);
        if (errors.Count > 0) return Result<Win>.Fail(errors);
        return new Win
        {
            Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, Text = d.Text.Trim(), Doubt = (d.Doubt ?? "").Trim(), On = d.On,
            CreatedAt = now, UpdatedAt = now,
        };
    }

    public void Share(bool shared, DateTimeOffset now) { Shared = shared; UpdatedAt = now; }

    /// <summary>The owner rewrites the win, its doubt or its day; nothing changes when a field is wrong.</summary>
    public Result<Unit> Revise(WinDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        (Text, Doubt, On, UpdatedAt) = (d.Text.Trim(), (d.Doubt ?? "").Trim(), d.On, now);
        return Result.Ok();
    }
}
