using System.Globalization;

namespace Thrive.Domain.Exams;

/// <summary>A practice test's score on one of the exam's domains, in percent.</summary>
public sealed record DomainScore(Guid DomainId, int Percent);

/// <summary>A practice test the owner took: the day, where from, the overall score in percent and, optionally, per domain.</summary>
public sealed class ExamPracticeTest
{
    public const int SourceMax = 200;
    public const int NoteMax = 2000;
    /// <summary>How far back a test can be logged.</summary>
    public const int MaxDaysBack = 366;

    private ExamPracticeTest() { Source = ""; Note = ""; DomainScores = ""; }

    /// <summary>The note on the goal value a practice test gives the goal that follows the latest score.</summary>
    public static string GoalNote(int percent) => $"Practice test: {percent}%";

    public Guid Id { get; private set; }
    public Guid ExamId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public DateOnly TakenOn { get; private set; }
    public int Percent { get; private set; }
    public string Source { get; private set; }
    public string Note { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>The per-domain scores as "domain-id:percent" lines: read whole with the test, never queried by domain.</summary>
    public string DomainScores { get; private set; }

    public const int DomainScoresMax = ExamDetails.MaxDomains * 40;

    public IReadOnlyList<DomainScore> Scores => DomainScores.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(':'))
        .Where(p => p.Length == 2 && Guid.TryParse(p[0], out _) && int.TryParse(p[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        .Select(p => new DomainScore(Guid.Parse(p[0]), int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();

    public static Result<ExamPracticeTest> Log(Exam exam, DateOnly takenOn, int? percent, string? source, string? note, IReadOnlyList<DomainScore>? domainScores,
        DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var given = (domainScores ?? []).ToList();
        var v = new Validate()
            .That(percent is >= 0 and <= 100, nameof(Percent), "The score is a percentage between 0 and 100.")
            .That(takenOn <= today, nameof(TakenOn), "The day taken cannot be in the future.")
            .That(takenOn >= today.AddDays(-MaxDaysBack), nameof(TakenOn), "Practice tests can be logged up to a year back.")
            .MaxLength(nameof(Source), source?.Trim(), "Where the test comes from", SourceMax)
            .MaxLength(nameof(Note), note?.Trim(), "The note", NoteMax)
            .That(given.All(s => s.Percent is >= 0 and <= 100), nameof(Scores), "Each domain's score is a percentage between 0 and 100.")
            .That(given.All(s => exam.Domains.Any(d => d.Id == s.DomainId)), nameof(Scores), "Score the exam's own domains.")
            .That(given.Select(s => s.DomainId).Distinct().Count() == given.Count, nameof(Scores), "Each domain is scored once.");
        if (!v.Ok) return Result<ExamPracticeTest>.Fail(v.Errors);
        var t = new ExamPracticeTest
        {
            Id = Guid.NewGuid(), ExamId = exam.Id, ProgrammeId = exam.ProgrammeId, OwnerId = exam.OwnerId, TakenOn = takenOn, Percent = percent!.Value,
            Source = (source ?? "").Trim(), Note = (note ?? "").Trim(), CreatedAt = now,
        };
        t.DomainScores = string.Join('\n', given.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.DomainId:N}:{s.Percent}")));
        return t;
    }
}

/// <summary>Study time the owner logged: a day, minutes, and the domain it was on (none: general revision).</summary>
public sealed class ExamStudyLog
{
    public const int MinutesMax = 16 * 60;
    public const int NoteMax = 1000;

    private ExamStudyLog() { Note = ""; }

    public Guid Id { get; private set; }
    public Guid ExamId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? DomainId { get; private set; }
    public DateOnly StudiedOn { get; private set; }
    public int Minutes { get; private set; }
    public string Note { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<ExamStudyLog> Log(Exam exam, Guid? domainId, DateOnly studiedOn, int? minutes, string? note, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var v = new Validate()
            .That(minutes is >= 1 and <= MinutesMax, nameof(Minutes), $"Minutes studied must be between 1 and {MinutesMax}.")
            .That(domainId is not { } d || exam.Domains.Any(x => x.Id == d), "DomainId", "Choose one of the exam's domains, or none.")
            .That(studiedOn <= today, nameof(StudiedOn), "The day studied cannot be in the future.")
            .That(studiedOn >= today.AddDays(-ExamPracticeTest.MaxDaysBack), nameof(StudiedOn), "Study time can be logged up to a year back.")
            .MaxLength(nameof(Note), note?.Trim(), "The note", NoteMax);
        if (!v.Ok) return Result<ExamStudyLog>.Fail(v.Errors);
        return new ExamStudyLog
        {
            Id = Guid.NewGuid(), ExamId = exam.Id, ProgrammeId = exam.ProgrammeId, OwnerId = exam.OwnerId, DomainId = domainId, StudiedOn = studiedOn,
            Minutes = minutes!.Value, Note = (note ?? "").Trim(), CreatedAt = now,
        };
    }
}

/// <summary>A comment on a person's exam preparation, by the owner or their mentor.</summary>
public sealed class ExamComment
{
    private ExamComment() { Body = ""; }

    public Guid Id { get; private set; }
    public Guid ExamId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<ExamComment> Write(Guid examId, Guid authorId, string? body, DateTimeOffset now)
    {
        var text = CommentBody.Check(body);
        return text.Succeeded
            ? new ExamComment { Id = Guid.NewGuid(), ExamId = examId, AuthorId = authorId, Body = text.Value!, CreatedAt = now }
            : Result<ExamComment>.Fail(text.Errors);
    }
}
