namespace Thrive.Domain.Wellbeing;

/// <summary>
/// A person's wellbeing settings in one programme: whether their mentoring partner sees the summary (the trend, without
/// notes), and whether they would like support from the programme's coordinator (the only thing a coordinator sees).
/// </summary>
public sealed class WellbeingJournal
{
    private WellbeingJournal() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public bool ShareSummary { get; private set; }
    public bool WouldLikeSupport { get; private set; }
    public DateTimeOffset? SupportAskedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static WellbeingJournal Start(Guid programmeId, Guid ownerId, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, UpdatedAt = now };

    public void Set(bool shareSummary, bool wouldLikeSupport, DateTimeOffset now)
    {
        if (wouldLikeSupport && !WouldLikeSupport) SupportAskedAt = now;
        if (!wouldLikeSupport) SupportAskedAt = null;
        (ShareSummary, WouldLikeSupport, UpdatedAt) = (shareSummary, wouldLikeSupport, now);
    }
}
