namespace Thrive.Domain.Agreements;

/// <summary>Who writes and shares a session's agenda. The guide: the mentee drives it.</summary>
public enum AgendaOwner { Mentee, Mentor }

/// <summary>
/// The terms of a mentoring plan, in the guide's order: meeting and communicating, then focus and expectations.
/// <see cref="MeetingPlace"/> is where the pair meets (a video link or a place), which sessions use unless they name their own.
/// <see cref="AgendaOwner"/> shares each session's agenda at least <see cref="AgendaShareHours"/> before it starts.
/// </summary>
public sealed record PlanTerms(
    string MeetWhen, string MeetHow, int NoticeHours, string CancellationRule, string Channel, string PrepNotesWhen, string NotesOwner,
    string MenteeFocus, string MentorFocus, string MenteeExpects, string MentorExpects, string ProgressMeasure, string WillNotDo, string Confidentiality,
    AgendaOwner AgendaOwner = AgendaOwner.Mentee, int AgendaShareHours = PlanTerms.DefaultAgendaShareHours, string MeetingPlace = "")
{
    public const int TextMax = 1000;
    /// <summary>The day before, as the guide suggests.</summary>
    public const int DefaultAgendaShareHours = 24;
    public const int MaxAgendaShareHours = 168;

    public static readonly PlanTerms Default = new("", "", 24, "Tell each other at least 24 hours ahead and agree a new date.", "", "The day before the session",
        "The mentee shares notes and action items after each session", "", "", "", "", "", "",
        "What we discuss stays between us unless we both agree to share it.");

    /// <summary>Trimmed, with empty answers as empty strings (a form sends missing ones as null).</summary>
    public PlanTerms Normalised() => new(T(MeetWhen), T(MeetHow), NoticeHours, T(CancellationRule), T(Channel), T(PrepNotesWhen), T(NotesOwner),
        T(MenteeFocus), T(MentorFocus), T(MenteeExpects), T(MentorExpects), T(ProgressMeasure), T(WillNotDo), T(Confidentiality),
        AgendaOwner, AgendaShareHours, T(MeetingPlace));

    private static string T(string? s) => (s ?? "").Trim();

    public IReadOnlyList<Error> Validate()
    {
        var v = new Validate()
            .Required(nameof(MeetWhen), MeetWhen, "When you meet", TextMax)
            .Required(nameof(MeetHow), MeetHow, "How you meet", TextMax)
            .Range(nameof(NoticeHours), NoticeHours, "Notice for a cancellation (hours)", 0, 336)
            .That(Enum.IsDefined(AgendaOwner), nameof(AgendaOwner), "The agenda owner is the mentee or the mentor.")
            .Range(nameof(AgendaShareHours), AgendaShareHours, "Share the agenda (hours before the session)", 1, MaxAgendaShareHours);
        if (Sessions.MeetingPlace.Check(MeetingPlace, nameof(MeetingPlace)) is { Succeeded: false } place) foreach (var e in place.Errors) v.That(false, e.Field!, e.Message);
        foreach (var (name, value) in new[]
        {
            (nameof(CancellationRule), CancellationRule), (nameof(Channel), Channel), (nameof(PrepNotesWhen), PrepNotesWhen), (nameof(NotesOwner), NotesOwner),
            (nameof(MenteeFocus), MenteeFocus), (nameof(MentorFocus), MentorFocus), (nameof(MenteeExpects), MenteeExpects), (nameof(MentorExpects), MentorExpects),
            (nameof(ProgressMeasure), ProgressMeasure), (nameof(WillNotDo), WillNotDo), (nameof(Confidentiality), Confidentiality),
        })
            v.MaxLength(name, value, name, TextMax);
        return v.Errors;
    }
}

/// <summary>
/// One version of a pair's mentoring plan. Both sign and date it; a change makes a new version that both sign again.
/// </summary>
public sealed class MentoringPlan
{
    private MentoringPlan() { Terms = PlanTerms.Default; }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    public int Number { get; private set; }
    public PlanTerms Terms { get; private set; }
    public Guid WrittenById { get; private set; }
    public DateTimeOffset WrittenAt { get; private set; }
    public DateTimeOffset? MenteeSignedAt { get; private set; }
    public DateTimeOffset? MentorSignedAt { get; private set; }

    public bool SignedByBoth => MenteeSignedAt is not null && MentorSignedAt is not null;

    /// <summary>A new version (1 for the first); the writer's signature is not implied: both sign explicitly.</summary>
    public static Result<MentoringPlan> Write(Guid pairId, int previousNumber, PlanTerms terms, Guid by, DateTimeOffset now)
    {
        var errors = terms.Validate();
        if (errors.Count > 0) return Result<MentoringPlan>.Fail(errors);
        return new MentoringPlan { Id = Guid.NewGuid(), PairId = pairId, Number = previousNumber + 1, Terms = terms.Normalised(), WrittenById = by, WrittenAt = now };
    }

    public Result<Unit> Sign(bool asMentee, DateTimeOffset now)
    {
        if (asMentee ? MenteeSignedAt is not null : MentorSignedAt is not null) return Error.Conflict("You have already signed this version.");
        if (asMentee) MenteeSignedAt = now; else MentorSignedAt = now;
        return Result.Ok();
    }
}
