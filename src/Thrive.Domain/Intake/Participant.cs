namespace Thrive.Domain.Intake;

public enum ParticipantRole { Coordinator, Mentor, Mentee }

public enum ApplicationStatus { Invited, Applied, Accepted, Declined }

[Flags]
public enum Focus { None = 0, Technical = 1, Career = 2, Personal = 4 }

/// <summary>
/// A person's place in one programme: their role, and for mentors and mentees the intake application
/// and its review. A person can hold different roles in different programmes.
/// </summary>
public sealed class Participant
{
    public const int TextMax = 2000;
    public const int ShortMax = 200;
    public const int MaxCapacity = 10;

    private Participant() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid UserId { get; private set; }
    public ParticipantRole Role { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? AppliedAt { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedById { get; private set; }
    public ApplicationAnswers Answers { get; private set; } = ApplicationAnswers.Empty;
    public string CallNotes { get; private set; } = "";
    public Guid Version { get; private set; }

    public bool IsActiveMember => Status == ApplicationStatus.Accepted;

    /// <summary>The person deleted their account: their application answers and call notes go; the place stays for the programme's counts.</summary>
    public void Forget()
    {
        Answers = ApplicationAnswers.Empty;
        CallNotes = "";
        Version = Guid.NewGuid();
    }

    public static Participant Coordinator(Guid programmeId, Guid userId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), ProgrammeId = programmeId, UserId = userId, Role = ParticipantRole.Coordinator,
        Status = ApplicationStatus.Accepted, CreatedAt = now, ReviewedAt = now, Version = Guid.NewGuid(),
    };

    /// <summary>Someone invited into a programme in a role; they apply once they have an account.</summary>
    public static Participant Invited(Guid programmeId, Guid userId, ParticipantRole role, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), ProgrammeId = programmeId, UserId = userId, Role = role,
        Status = ApplicationStatus.Invited, CreatedAt = now, Version = Guid.NewGuid(),
    };

    public static Result<Participant> Apply(Guid programmeId, Guid userId, ParticipantRole role, ApplicationAnswers answers, DateTimeOffset now)
    {
        var p = new Participant { Id = Guid.NewGuid(), ProgrammeId = programmeId, UserId = userId, Role = role, CreatedAt = now, Status = ApplicationStatus.Invited };
        var r = p.Submit(answers, now);
        return r.Succeeded ? p : Result<Participant>.Fail(r.Errors);
    }

    /// <summary>Submits or revises the application; allowed until it has been reviewed.</summary>
    public Result<Unit> Submit(ApplicationAnswers answers, DateTimeOffset now)
    {
        if (Role == ParticipantRole.Coordinator) return Error.Conflict("Coordinators do not apply.");
        if (Status is ApplicationStatus.Accepted or ApplicationStatus.Declined)
            return Error.Conflict("This application has already been reviewed; ask your coordinator to change it.");
        var errors = answers.Validate(Role);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Answers = answers.Normalised(Role);
        Status = ApplicationStatus.Applied;
        AppliedAt = now;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    public Result<Unit> Review(bool accept, Guid reviewerId, DateTimeOffset now)
    {
        if (Status == ApplicationStatus.Invited) return Error.Conflict("This person has not applied yet.");
        Status = accept ? ApplicationStatus.Accepted : ApplicationStatus.Declined;
        ReviewedAt = now;
        ReviewedById = reviewerId;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    public Result<Unit> RecordCallNotes(string? notes)
    {
        var v = new Validate().MaxLength(nameof(CallNotes), notes, "Call notes", TextMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        CallNotes = notes?.Trim() ?? "";
        Version = Guid.NewGuid();
        return Result.Ok();
    }
}

/// <summary>The intake form. Mentor-only and mentee-only fields are ignored for the other role.</summary>
public sealed record ApplicationAnswers(
    int YearsInField,
    string TechStack,
    Focus Focus,
    string Availability,
    string Location,
    string TimeZone,
    string Interests,
    string Motivation,
    int Capacity,
    string ManagesTeam,
    string Team,
    string ManagerEmail)
{
    public static readonly ApplicationAnswers Empty = new(0, "", Focus.None, "", "", "", "", "", 0, "", "", "");

    public IReadOnlyList<Error> Validate(ParticipantRole role)
    {
        var v = new Validate()
            .Range(nameof(YearsInField), YearsInField, "Years in the field", 0, 60)
            .Required(nameof(TechStack), TechStack, "Tech stack", Participant.ShortMax)
            .That(Focus != Focus.None && (Focus & ~(Focus.Technical | Focus.Career | Focus.Personal)) == 0, nameof(Focus),
                role == ParticipantRole.Mentor ? "Choose at least one area you will mentor on." : "Choose at least one area you want guidance on.")
            .Required(nameof(Availability), Availability, "Availability", Participant.ShortMax)
            .MaxLength(nameof(Location), Location, "Location", Participant.ShortMax)
            .That(TimeZones.IsKnown(TimeZone), nameof(TimeZone), "Choose a time zone from the list (an IANA name such as Africa/Johannesburg).")
            .MaxLength(nameof(Interests), Interests, "Interests", Participant.TextMax)
            .MaxLength(nameof(Motivation), Motivation, role == ParticipantRole.Mentor ? "What you will mentor on" : "What guidance you want", Participant.TextMax);
        if (role == ParticipantRole.Mentor)
        {
            v.Range(nameof(Capacity), Capacity, "Capacity", 1, Participant.MaxCapacity)
             .MaxLength(nameof(ManagesTeam), ManagesTeam, "Team you manage", Participant.ShortMax);
        }
        else
        {
            v.MaxLength(nameof(Team), Team, "Team", Participant.ShortMax);
            if (!string.IsNullOrWhiteSpace(ManagerEmail)) v.Email(nameof(ManagerEmail), ManagerEmail.Trim(), "Manager's email");
        }
        return v.Errors;
    }

    public ApplicationAnswers Normalised(ParticipantRole role) => this with
    {
        TechStack = TechStack.Trim(), Availability = Availability.Trim(), Location = (Location ?? "").Trim(),
        TimeZone = TimeZone.Trim(), Interests = (Interests ?? "").Trim(), Motivation = (Motivation ?? "").Trim(),
        Capacity = role == ParticipantRole.Mentor ? Capacity : 0,
        ManagesTeam = role == ParticipantRole.Mentor ? (ManagesTeam ?? "").Trim() : "",
        Team = role == ParticipantRole.Mentee ? (Team ?? "").Trim() : "",
        ManagerEmail = role == ParticipantRole.Mentee ? (ManagerEmail ?? "").Trim() : "",
    };
}
