using Thrive.Domain.Groups;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>A group made through the domain: its facilitator, members, and a book club's reading plan.</summary>
public sealed record GivenGroup(Guid Id, GivenProgramme? Programme, IReadOnlyList<Guid> Parts);

/// <summary>Groups: book clubs, circles and peer groups with members, reading parts, reads, prompts and reflections.</summary>
public sealed partial class Given
{
    /// <summary>
    /// A group of <paramref name="programme"/> (the community's when null) led by <paramref name="facilitator"/>, with
    /// <paramref name="members"/>; a book club gets <paramref name="parts"/> parts of two chapters, a week apart, the first due in a week.
    /// </summary>
    public async Task<GivenGroup> GroupAsync(GivenProgramme? programme, GivenPerson facilitator, IReadOnlyList<GivenPerson>? members = null,
        GroupKind kind = GroupKind.BookClub, int capacity = 8, JoinPolicy join = JoinPolicy.Open, int parts = 0, string name = "Dare to Lead club")
    {
        var made = Group.Create(programme?.Id, new GroupDetails(kind, name, "Read a chapter a week and try one idea at work.", capacity, join,
            kind == GroupKind.BookClub ? "Dare to Lead" : null, kind == GroupKind.BookClub ? "Brené Brown" : null), [facilitator.Id], facilitator.Id, Now);
        var (group, first) = Ok(made);
        var roster = first.ToList();
        foreach (var m in members ?? []) roster.Add(Ok(group.Admit(roster, m.Id, invited: true, Now)));
        var plan = new List<ReadingPart>();
        for (var i = 0; i < parts; i++)
            plan.Add(Ok(ReadingPart.Plan(group, plan, new ReadingPartDetails($"Part {i + 1}", 2 * i + 1, 2 * i + 2, Today.AddDays(7 * (i + 1))))));
        await WriteAsync(db => { db.Groups.Add(group); db.GroupMembers.AddRange(roster); db.ReadingParts.AddRange(plan); });
        return new GivenGroup(group.Id, programme, plan.Select(p => p.Id).ToList());
    }

    /// <summary><paramref name="reader"/> has read <paramref name="part"/>, written a reflection on it and added a prompt, which <paramref name="voters"/> voted up.</summary>
    public async Task<(Guid Prompt, Guid Reflection)> GroupWorkAsync(GivenGroup group, Guid part, GivenPerson reader, string reflection = "I named the armour in our retro.",
        bool privateReflection = false, string prompt = "Where did you rumble this week?", params GivenPerson[] voters)
    {
        Group? g = null;
        ReadingPart? p = null;
        await WriteAsync(db => { g = db.Groups.Single(x => x.Id == group.Id); p = db.ReadingParts.Single(x => x.Id == part); });
        var read = Ok(PartRead.Mark(g!, p!, reader.Id, Now));
        var r = Ok(GroupReflection.Write(g!, p!, reader.Id, reflection, privateReflection, Now));
        var q = Ok(DiscussionPrompt.Add(g!, p!, reader.Id, prompt, Now));
        var votes = voters.Select(v => Ok(PromptVote.Cast(g!, q, v.Id, false, Now))).ToList();
        await WriteAsync(db => { db.PartsRead.Add(read); db.GroupReflections.Add(r); db.DiscussionPrompts.Add(q); db.PromptVotes.AddRange(votes); });
        return (q.Id, r.Id);
    }

    /// <summary>One meeting of <paramref name="group"/> at <paramref name="start"/>, an hour long.</summary>
    public async Task<Guid> GroupMeetingAsync(GivenGroup group, DateTimeOffset start)
    {
        Group? g = null;
        await WriteAsync(db => g = db.Groups.Single(x => x.Id == group.Id));
        var meeting = Ok(GroupMeeting.One(g!, start, 60, "", Now, []));
        await WriteAsync(db => db.GroupMeetings.Add(meeting));
        return meeting.Id;
    }
}
