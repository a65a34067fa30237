using Thrive.Domain.Groups;
using Thrive.Domain.Programmes;
using Thrive.Persistence;

namespace Thrive.Bench.Scale;

/// <summary>
/// Groups across a programme's pairs: everyone is in <see cref="Layers"/> groups of up to <see cref="GroupSize"/>.
/// The first layer are book clubs with a twelve-part reading plan and 24 weekly meetings (twelve held with
/// attendance, twelve coming), most parts read by most members; the other layers are circles with two meetings ahead.
/// </summary>
internal sealed partial class ScaleWriter
{
    public const int GroupSize = 50;
    public const int Layers = 5;
    public const int ClubMeetings = 24;
    private const int ClubParts = 12;

    /// <summary>The groups of one programme, a layer per chunk (the first waits for the pairs its members come from).</summary>
    private async Task AddGroupsAsync(Random rng, Programme programme, List<Guid> people)
    {
        if (people.Count < GroupSize) return;
        for (var layer = 0; layer < Layers; layer++)
        {
            var l = layer;
            // Each layer cuts the programme's people into groups at another offset, so nobody meets the same group twice.
            var shift = l * GroupSize / Layers;
            var groups = Enumerable.Range(0, people.Count).GroupBy(i => ((i + shift) % people.Count) / GroupSize).Select(g => g.Select(i => people[i]).ToList()).ToList();
            await SaveAsync(db =>
            {
                foreach (var (members, n) in groups.Select((m, n) => (m, n)))
                {
                    if (l == 0) AddClub(db, rng, programme, members, n);
                    else AddCircle(db, programme, members, l, n);
                }
            }, barrier: l == 0);
        }
    }

    private void AddClub(ThriveDbContext db, Random rng, Programme programme, List<Guid> members, int n)
    {
        var created = now.AddDays(-7 * (ClubMeetings / 2) - 3);
        var (club, first) = Group.Create(programme.Id, new GroupDetails(GroupKind.BookClub, $"Dare to Lead club {n + 1}",
            "Two chapters a week and one idea tried at work before we meet.", GroupSize, JoinPolicy.Open, "Dare to Lead", "Brené Brown"),
            [members[0]], members[0], created).Value;
        var roster = first.ToList();
        foreach (var m in members.Skip(1)) roster.Add(club.Admit(roster, m, invited: true, created).Value!);
        db.Groups.Add(club);
        db.GroupMembers.AddRange(roster);

        var plan = new List<ReadingPart>();
        for (var p = 0; p < ClubParts; p++)
        {
            var part = ReadingPart.Plan(club, plan, new ReadingPartDetails($"Part {p + 1}", 2 * p + 1, 2 * p + 2, today.AddDays(7 * (p - ClubParts / 2)))).Value!;
            plan.Add(part);
            if (part.DueOn > today) continue;
            foreach (var m in members)
                if (rng.Next(5) != 0) db.PartsRead.Add(PartRead.Mark(club, part, m, At(part.DueOn.AddDays(-1), 20)).Value!);
        }
        db.ReadingParts.AddRange(plan);

        var taken = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var i = 0; i < ClubMeetings; i++)
        {
            var start = now.AddDays(7 * (i - ClubMeetings / 2)).AddHours(1);
            var meeting = GroupMeeting.One(club, start, 60, "Video call", start.AddDays(-1), taken).Value!;
            taken.Add((meeting.StartUtc, meeting.EndUtc));
            db.GroupMeetings.Add(meeting);
            if (meeting.EndUtc >= now) continue;
            var answers = members.Select(m => MeetingAttendance.Give(club, meeting, null, m, rng.Next(8) == 0 ? AttendanceAnswer.NotGoing : AttendanceAnswer.Going,
                start.AddDays(-1)).Value!).ToList();
            var attended = answers.Where(a => a.Answer == AttendanceAnswer.Going && rng.Next(10) != 0).Select(a => a.UserId).ToList();
            var added = meeting.RecordAttendance(club, members, attended, answers, meeting.EndUtc.AddMinutes(5)).Value!;
            db.MeetingAttendance.AddRange(answers.Concat(added));
        }
    }

    private void AddCircle(ThriveDbContext db, Programme programme, List<Guid> members, int layer, int n)
    {
        var created = now.AddDays(-14);
        var (circle, first) = Group.Create(programme.Id, new GroupDetails(layer % 2 == 0 ? GroupKind.PeerGroup : GroupKind.MentoringCircle, $"Circle {layer}.{n + 1}",
            "Each brings one problem from the week; we leave with a next step each.", GroupSize, JoinPolicy.ByInvitation), [members[0]], members[0], created).Value;
        var roster = first.ToList();
        foreach (var m in members.Skip(1)) roster.Add(circle.Admit(roster, m, invited: true, created).Value!);
        db.Groups.Add(circle);
        db.GroupMembers.AddRange(roster);
        var taken = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var i = 1; i <= 2; i++)
        {
            var meeting = GroupMeeting.One(circle, now.AddDays(7 * i).AddHours(layer), 45, "Video call", now, taken).Value!;
            taken.Add((meeting.StartUtc, meeting.EndUtc));
            db.GroupMeetings.Add(meeting);
        }
    }
}
