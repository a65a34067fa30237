namespace Thrive.Domain.Wellbeing;

/// <summary>What a person fills in for a stressor.</summary>
public sealed record StressorDetails(string What, string? When, string? Triggers)
{
    public const int WhatMax = 200;
    public const int WhenMax = 200;
    public const int TriggersMax = 1000;

    public IReadOnlyList<Error> Validate() => new Validate()
        .Required(nameof(What), What, "What stresses you", WhatMax)
        .MaxLength(nameof(When), When?.Trim(), "When it happens", WhenMax)
        .MaxLength(nameof(Triggers), Triggers?.Trim(), "What sets it off", TriggersMax)
        .Errors;
}

/// <summary>
/// Something that stresses the owner (what, when it happens, what sets it off), with the coping strategies they plan
/// before it hits and try when it does. Private unless the owner shares it (its strategies go with it).
/// </summary>
public sealed class Stressor : ISharedEntry
{
    public const int StrategiesMax = 20;

    private Stressor() { What = ""; When = ""; Triggers = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string What { get; private set; }
    public string When { get; private set; }
    public string Triggers { get; private set; }
    public bool Shared { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<Stressor> Name(Guid programmeId, Guid ownerId, StressorDetails d, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate();
        if (errors.Count > 0) return Result<Stressor>.Fail(errors);
        return new Stressor
        {
            Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, What = d.What.Trim(), When = (d.When ?? "").Trim(),
            Triggers = (d.Triggers ?? "").Trim(), CreatedAt = now, UpdatedAt = now,
        };
    }

    public void Share(bool shared, DateTimeOffset now) { Shared = shared; UpdatedAt = now; }

    /// <summary>The owner rewrites what, when and what sets it off; nothing changes when a field is wrong.</summary>
    public Result<Unit> Revise(StressorDetails d, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate();
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        (What, When, Triggers, UpdatedAt) = (d.What.Trim(), (d.When ?? "").Trim(), (d.Triggers ?? "").Trim(), now);
        return Result.Ok();
    }
}

/// <summary>A way of coping with a stressor, planned before it hits; each time it is tried the owner says whether it helped.</summary>
public sealed class CopingStrategy
{
    public const int TextMax = 300;

    private CopingStrategy() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid StressorId { get; private set; }
    public string Text { get; private set; }
    public int Tries { get; private set; }
    public int Helped { get; private set; }
    public int HelpedALittle { get; private set; }
    public DateOnly? LastTriedOn { get; private set; }
    public CopingOutcome? LastOutcome { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Plans a strategy; <paramref name="planned"/> is how many the stressor has already.</summary>
    public static Result<CopingStrategy> Plan(Guid stressorId, string? text, int planned, DateTimeOffset now)
    {
        var v = new Validate().Required(nameof(Text), text, "The strategy", TextMax)
            .That(planned < Stressor.StrategiesMax, nameof(Text), $"A stressor can have up to {Stressor.StrategiesMax} strategies.");
        if (!v.Ok) return Result<CopingStrategy>.Fail(v.Errors);
        return new CopingStrategy { Id = Guid.NewGuid(), StressorId = stressorId, Text = text!.Trim(), CreatedAt = now };
    }

    /// <summary>The strategy was tried today: did it help?</summary>
    public Result<Unit> Tried(CopingOutcome outcome, DateOnly today)
    {
        if (!Enum.IsDefined(outcome)) return Error.Validation("Outcome", "Say whether it helped, helped a little or did not help.");
        Tries++;
        if (outcome == CopingOutcome.Helped) Helped++;
        if (outcome == CopingOutcome.HelpedALittle) HelpedALittle++;
        (LastTriedOn, LastOutcome) = (today, outcome);
        return Result.Ok();
    }
}
