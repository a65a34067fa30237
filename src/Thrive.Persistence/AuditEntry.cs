namespace Thrive.Persistence;

/// <summary>
/// One sensitive action: who did what to whom, and when. Written in the same save as the action itself, so an
/// action is never recorded without happening or done without being recorded. Names are copied, so the entry
/// still reads well after an account is deleted.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMax = 60;
    public const int NameMax = 200;
    public const int DetailMax = 1000;

    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    /// <summary>A stable code such as <c>admin.granted</c> or <c>pair.dissolved</c>.</summary>
    public string Action { get; set; } = "";
    public Guid? SubjectId { get; set; }
    public string SubjectName { get; set; } = "";
    public Guid? ProgrammeId { get; set; }
    public string Detail { get; set; } = "";
}
