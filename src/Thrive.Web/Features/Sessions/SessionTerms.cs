namespace Thrive.Web.Features.Sessions;

/// <summary>The rules of the pair's latest mentoring plan that sessions follow (the guide's defaults without a plan).</summary>
public sealed record SessionTerms(int NoticeHours, AgendaOwner AgendaOwner, int AgendaShareHours, string MeetingPlace = "")
{
    public static readonly SessionTerms Default = new(SessionRules.DefaultNoticeHours, AgendaOwner.Mentee, PlanTerms.DefaultAgendaShareHours);

    /// <summary>Cancellation notice, agenda rules and meeting place of the pair's latest plan, or the defaults.</summary>
    public static async Task<SessionTerms> OfPairAsync(ThriveDbContext db, Guid pairId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Plans.Where(p => p.PairId == pairId).OrderByDescending(p => p.Number)
            .Select(p => new SessionTerms(p.Terms.NoticeHours, p.Terms.AgendaOwner, p.Terms.AgendaShareHours, p.Terms.MeetingPlace)).FirstOrDefaultAsync(ct)
            ?? Default;
    }
}
