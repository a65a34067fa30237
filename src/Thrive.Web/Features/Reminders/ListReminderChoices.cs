namespace Thrive.Web.Features.Reminders;

/// <summary>Which reminders the reader gets: every kind is on until they turn it off (on the page or by a mail's unsubscribe link).</summary>
public static class ListReminderChoices
{
    public sealed record Choice(ReminderKind Kind, string Description, bool On);

    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<IReadOnlyList<Choice>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var off = await db.ReminderOptOuts.Where(o => o.UserId == actor.UserId).Select(o => o.Kind).ToListAsync(ct);
            return Enum.GetValues<ReminderKind>().Select(k => new Choice(k, ReminderMail.Describe(k), !off.Contains(k))).ToList();
        }
    }
}
