using System.Globalization;

namespace Thrive.Web.Features.Activity;

/// <summary>
/// The reader's activity feed: what their partners did in their pairs, newest first, each item marked unread when it
/// is newer than the reader's last visit, paged. One query per source (each the newest <see cref="ActivitySources.PerSource"/>
/// of the last <see cref="ActivitySources.WindowDays"/> days), merged in memory; the names in one more. Opening the
/// page marks everything read (<see cref="Request.MarkSeen"/>); the API only reads.
/// </summary>
public static class ListActivity
{
    public sealed record Request(PageRequest Page, bool MarkSeen);

    /// <summary>One item: what happened (a sentence in the reader's words), when, on the reader's day, and where it is.</summary>
    public sealed record Item(ActivityKind Kind, DateTimeOffset At, DateOnly Day, string Time, Guid ActorId, string ActorName, string Text, string Link, bool Unread);

    public sealed record View(Page<Item> Items, int Unread, DateOnly Today);

    public sealed class Handler(ThriveDbContext db, ActivitySources sources, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            var me = actor.UserId;
            var now = reader.UtcNow;
            var seen = await db.ActivityReads.Where(r => r.UserId == me).Select(r => (DateTimeOffset?)r.SeenAt).FirstOrDefaultAsync(ct);
            var rows = new List<ActivityRow>();
            foreach (var source in sources.For(me, now.AddDays(-ActivitySources.WindowDays)))
                rows.AddRange(await source.OrderByDescending(r => r.At).Take(ActivitySources.PerSource).ToListAsync(ct));
            rows = rows.OrderByDescending(r => r.At).ThenBy(r => r.Kind).ThenBy(r => r.SubjectId).ToList();

            var shown = rows.Skip(request.Page.Skip).Take(request.Page.Size).ToList();
            var actorIds = shown.Select(r => r.ActorId).Distinct().ToList();
            var names = actorIds.Count == 0 ? []
                : await db.Users.Where(u => actorIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            var zone = TimeZones.Find(reader.TimeZone);
            var items = shown.Select(r =>
            {
                var local = TimeZoneInfo.ConvertTime(r.At, zone);
                var name = names.GetValueOrDefault(r.ActorId) ?? "Your partner";
                return new Item(r.Kind, r.At, DateOnly.FromDateTime(local.DateTime), local.ToString("HH:mm", CultureInfo.InvariantCulture), r.ActorId, name,
                    Sentence(r, name, me), Link(r), seen is null || r.At > seen);
            }).ToList();
            var unread = rows.Count(r => seen is null || r.At > seen);

            if (request.MarkSeen) await MarkSeenAsync(me, now, ct);
            return new View(new Page<Item>(items, request.Page.Number, request.Page.Size, rows.Count), unread, reader.Today);
        }

        /// <summary>Moves the reader's last visit to now; the first visit adds their row (a second tab doing the same at once is no error).</summary>
        private async Task MarkSeenAsync(Guid me, DateTimeOffset now, CancellationToken ct)
        {
            if (await db.ActivityReads.Where(r => r.UserId == me).ExecuteUpdateAsync(s => s.SetProperty(r => r.SeenAt, now), ct) > 0) return;
            db.ActivityReads.Add(new ActivityRead { UserId = me, SeenAt = now });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); }
        }

        private static string Sentence(ActivityRow r, string name, Guid me)
        {
            var whose = r.OwnerId == me ? "your" : "their";
            return r.Kind switch
            {
                ActivityKind.GoalComment => $"{name} commented on {whose} goal “{r.Title}”",
                ActivityKind.TaskComment => $"{name} commented on {whose} card “{r.Title}”",
                ActivityKind.CardMoved => $"{name} moved {whose} card “{r.Title}” to {r.Detail}",
                ActivityKind.Feedback => $"{name} gave you feedback",
                ActivityKind.AgendaShared => $"{name} shared the agenda for your session",
                ActivityKind.GoalAchieved => $"{name} achieved their goal “{r.Title}”",
                ActivityKind.GoalConfirmed => $"{name} confirmed you achieved your goal “{r.Title}”",
                ActivityKind.ActionItemAdded when r.OwnerId == me => $"{name} added an action item for you: “{r.Title}”",
                ActivityKind.ActionItemAdded => $"{name} added an action item for themselves: “{r.Title}”",
                ActivityKind.GroupPrompt => $"{name} added a discussion prompt in {r.Title}",
                ActivityKind.GroupReflection => $"{name} shared a reflection in {r.Title}",
                _ => name,
            };
        }

        private static string Link(ActivityRow r) => r.Kind switch
        {
            ActivityKind.GoalComment or ActivityKind.GoalAchieved or ActivityKind.GoalConfirmed => $"/Goals/{r.SubjectId}",
            ActivityKind.TaskComment or ActivityKind.CardMoved => $"/Tasks/{r.SubjectId}",
            ActivityKind.Feedback => $"/Pairs/{r.SubjectId}/Feedback",
            ActivityKind.ActionItemAdded when r.Detail == "pair" => $"/Pairs/{r.SubjectId}/Sessions",
            ActivityKind.GroupPrompt or ActivityKind.GroupReflection => $"/Groups/{r.SubjectId}",
            _ => $"/Sessions/{r.SubjectId}",
        };
    }
}
