using System.Globalization;
using Thrive.Web.Features.Goals;

namespace Thrive.Web.Features.Groups;

/// <summary>
/// Keeps the measure of each goal a group backs in step with its member's progress in the group: the values the group
/// wrote are brought in line (added, changed, removed, or moved to a newly chosen goal), staged on the caller's context
/// with the change that caused them (a part marked read, attendance recorded, a goal chosen), so both save together.
/// A fixed number of queries, whatever the number of members, parts and meetings.
/// </summary>
public sealed class GroupGoalFeed(ThriveDbContext db)
{
    /// <summary>Ten years of a weekly meeting, or a reading plan's every part, is far below this.</summary>
    public const int HistoryLimit = 2_000;

    /// <summary>Stages the values for the group's members (or only <paramref name="only"/>) as the context holds them (saved or pending); the caller saves once.</summary>
    /// <param name="unbacked">Also take off the values the group wrote for members who back no goal now (a goal just set to none);
    /// otherwise, with no member backing a goal, nothing is read or changed.</param>
    public async Task StageAsync(Guid groupId, Guid actorId, DateTimeOffset now, CancellationToken ct, Guid? only = null, bool unbacked = false)
    {
        // Tracked, so that a goal chosen or a part marked in this context counts before it is saved.
        var members = (await db.GroupMembers.Where(m => m.GroupId == groupId && (only == null || m.UserId == only)).OrderBy(m => m.Id).Take(GroupDetails.CapacityMax).ToListAsync(ct))
            .Where(m => db.Entry(m).State != EntityState.Deleted).ToList();
        var backing = members.Where(m => m.GoalId is not null).ToList();
        if (backing.Count == 0 && !unbacked) return; // nothing follows the group: a part read or a meeting attended writes no value
        var userIds = members.Select(m => m.UserId).ToList();
        // What the group wrote before, on goals of these members (a member who left keeps theirs as history).
        var written = await db.MeasureEntries.Where(m => m.GroupId == groupId && db.Goals.Any(g => g.Id == m.GoalId && userIds.Contains(g.OwnerId)))
            .OrderBy(m => m.Date).ThenBy(m => m.Id).Take(HistoryLimit * 4).ToListAsync(ct);
        var wanted = new Dictionary<(Guid Goal, DateOnly Date), GoalPoint>();
        if (backing.Count > 0)
        {
            var ids = backing.Select(m => m.UserId).ToList();
            var goalIds = backing.Select(m => m.GoalId!.Value).ToList();
            var zones = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.TimeZone }).ToDictionaryAsync(u => u.Id, u => u.TimeZone, ct);
            var baselines = await db.Goals.Where(g => goalIds.Contains(g.Id)).Select(g => new { g.Id, g.Smart.Baseline }).ToDictionaryAsync(g => g.Id, g => g.Baseline, ct);
            var steps = await StepsAsync(groupId, backing, zones, ct);
            foreach (var m in backing)
                foreach (var p in GroupGoal.Points(baselines.GetValueOrDefault(m.GoalId!.Value), m.Follows, steps[m.UserId]))
                    wanted[(m.GoalId!.Value, p.Date)] = p;
        }
        GoalFeeds.Reconcile(db, written, wanted, (goal, p) => MeasureEntry.FromGroup(goal, groupId, p.Date, p.Value, p.Note, actorId, now), now);
    }

    /// <summary>Each backing member's steps on their own calendar: parts read (with chapters) and meetings attended, as the context holds them.</summary>
    private async Task<ILookup<Guid, GroupStep>> StepsAsync(Guid groupId, List<GroupMember> backing, Dictionary<Guid, string> zones, CancellationToken ct)
    {
        var steps = new List<(Guid User, GroupStep Step)>();
        DateOnly Day(Guid user, DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZones.Find(zones.GetValueOrDefault(user, "UTC"))).DateTime);
        var readers = backing.Where(m => m.Follows != GoalFollows.MeetingsAttended).Select(m => m.UserId).ToList();
        if (readers.Count > 0)
        {
            var parts = await db.ReadingParts.Where(p => p.GroupId == groupId).OrderBy(p => p.Id).Take(GetGroup.PartsMax).AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
            var reads = Current(await db.PartsRead.Where(r => r.GroupId == groupId && readers.Contains(r.UserId)).OrderBy(r => r.ReadAt).ThenBy(r => r.PartId).Take(HistoryLimit).ToListAsync(ct),
                r => r.GroupId == groupId && readers.Contains(r.UserId));
            steps.AddRange(reads.Where(r => parts.ContainsKey(r.PartId)).Select(r => (r.UserId,
                new GroupStep(Day(r.UserId, r.ReadAt), parts[r.PartId].ToChapter - parts[r.PartId].FromChapter + 1, $"Read {parts[r.PartId].Title} ({parts[r.PartId].Chapters})"))));
        }
        var attenders = backing.Where(m => m.Follows == GoalFollows.MeetingsAttended).Select(m => m.UserId).ToList();
        if (attenders.Count > 0)
        {
            var rows = Current(await db.MeetingAttendance.Where(a => a.GroupId == groupId && attenders.Contains(a.UserId)).OrderBy(a => a.MeetingId).ThenBy(a => a.UserId).Take(HistoryLimit).ToListAsync(ct),
                a => a.GroupId == groupId && attenders.Contains(a.UserId)).Where(a => a.Attended == true).ToList();
            var meetingIds = rows.Select(a => a.MeetingId).Distinct().ToList();
            var starts = await db.GroupMeetings.Where(m => meetingIds.Contains(m.Id) && m.Status != MeetingStatus.Cancelled).Select(m => new { m.Id, m.StartUtc })
                .ToDictionaryAsync(m => m.Id, m => m.StartUtc, ct);
            steps.AddRange(rows.Where(a => starts.ContainsKey(a.MeetingId)).Select(a => (a.UserId,
                new GroupStep(Day(a.UserId, starts[a.MeetingId]), 0, $"Attended the meeting of {Day(a.UserId, starts[a.MeetingId]).ToString("d MMM", CultureInfo.InvariantCulture)}"))));
        }
        return steps.ToLookup(s => s.User, s => s.Step);
    }

    /// <summary>Rows as this context holds them: those stored that it has not deleted, with those it added.</summary>
    private List<T> Current<T>(List<T> stored, Func<T, bool> wanted) where T : class =>
        stored.Where(x => db.Entry(x).State != EntityState.Deleted)
            .Concat(db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).Where(wanted))
            .Distinct().ToList();
}
