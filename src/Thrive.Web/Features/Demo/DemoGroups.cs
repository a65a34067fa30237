using Thrive.Domain.Groups;

namespace Thrive.Web.Features.Demo;

/// <summary>
/// The community around the pairs: a <i>Dare to Lead</i> book club that Sanne facilitates for Fatima (the leadership
/// story), Lerato, Johan and Daan, halfway through its reading plan (three of six parts behind it, read by most, with
/// prompts voted up and reflections, one kept private) with a meeting per part and its attendance; and Daan's front-end
/// mentoring circle with three mentees, meeting fortnightly with a round of updates and a shared agenda.
/// </summary>
internal sealed class DemoGroups(ThriveDbContext db, Guid programmeId, DateOnly today, DateTimeOffset now)
{
    private sealed record Part(string Title, int From, int To, int DueInDays, string[] Readers, (string Author, string Text, string[] Voters)[] Prompts,
        (string Author, string Text, bool Private)[] Reflections);

    private static readonly Part[] Plan =
    [
        new("Rumbling with vulnerability: the moment and the myths", 1, 2, -21,
            ["mentor.lead@thrive.test", "bookclub.mentee@thrive.test", "mentee@thrive.test", "patterns.mentee@thrive.test", "mentor@thrive.test"],
            [("bookclub.mentee@thrive.test", "Which myth about vulnerability did you believe longest?", ["mentee@thrive.test", "mentor.lead@thrive.test", "patterns.mentee@thrive.test"]),
             ("mentor@thrive.test", "When did a leader's \"I don't know\" make you trust them more?", ["bookclub.mentee@thrive.test"])],
            [("bookclub.mentee@thrive.test", "In stand-up I said \"I don't know yet, I'll find out by Thursday\" instead of guessing. Nobody minded; two people thanked me.", false),
             ("mentee@thrive.test", "I asked for help on the flaky test after an hour instead of a day. Small, but it felt like a rumble.", false)]),
        new("The call to courage and the armory", 3, 4, -14,
            ["mentor.lead@thrive.test", "bookclub.mentee@thrive.test", "mentee@thrive.test", "patterns.mentee@thrive.test", "mentor@thrive.test"],
            [("patterns.mentee@thrive.test", "Which piece of armour do you reach for first under pressure?", ["bookclub.mentee@thrive.test", "mentor@thrive.test", "mentee@thrive.test", "mentor.lead@thrive.test"]),
             ("mentor.lead@thrive.test", "Where does perfectionism show up in your code reviews?", ["bookclub.mentee@thrive.test"])],
            [("bookclub.mentee@thrive.test", "My armour is being the critic. This week I opened a review with what I liked first, then one question instead of five comments.", false),
             ("patterns.mentee@thrive.test", "Perfectionism kept a pull request open for four days. I shipped it on day two this time, with a follow-up ticket.", true),
             ("mentor.lead@thrive.test", "I noticed I armour up with 'let me just fix it myself'. Paired instead, slower today, faster next month.", false)]),
        new("Shame and empathy", 5, 6, -7,
            ["mentor.lead@thrive.test", "bookclub.mentee@thrive.test", "mentee@thrive.test", "mentor@thrive.test"],
            [("mentee@thrive.test", "What do you say to a teammate right after a production incident they caused?", ["bookclub.mentee@thrive.test", "mentor.lead@thrive.test", "mentor@thrive.test"])],
            [("bookclub.mentee@thrive.test", "Used 'tell me more' in a one-to-one where I would usually have given advice. It changed the whole conversation.", false),
             ("mentor@thrive.test", "After the outage I wrote the retro notes without names. The junior who pushed the change spoke first.", false)]),
        new("Living into our values", 7, 8, 7, ["bookclub.mentee@thrive.test"], [], []),
        new("Braving trust", 9, 10, 21, [], [], []),
        new("Learning to rise", 11, 12, 35, [], [], []),
    ];

    /// <summary>Read ahead of a part due next week means read by now, not in the future.</summary>
    private DateTimeOffset Past(DateTimeOffset at) => at < now ? at : now.AddHours(-3);

    /// <param name="goals">The demo's main goal per person: the club backs Fatima's leadership goal, counting the chapters she reads.</param>
    public void Add(IReadOnlyDictionary<string, ThriveUser> people, IReadOnlyDictionary<string, Guid> goals)
    {
        var started = now.AddDays(-28);
        var (club, first) = Group.Create(programmeId, new GroupDetails(GroupKind.BookClub, "Dare to Lead book club",
            "Brené Brown's Dare to Lead, two chapters a fortnight, and one idea tried at work before we meet. Mentors and mentees alike; bring a story, not a summary.",
            8, JoinPolicy.Open, "Dare to Lead", "Brené Brown", "https://brenebrown.com/book/dare-to-lead/"),
            [people["mentor.lead@thrive.test"].Id], people["mentor.lead@thrive.test"].Id, started).Value;
        var roster = first.ToList();
        foreach (var email in new[] { "bookclub.mentee@thrive.test", "mentee@thrive.test", "patterns.mentee@thrive.test", "mentor@thrive.test" })
            roster.Add(club.Admit(roster, people[email].Id, invited: false, started.AddHours(roster.Count)).Value!);
        db.Groups.Add(club);
        db.GroupMembers.AddRange(roster);

        const string Fatima = "bookclub.mentee@thrive.test";
        var backer = roster.First(m => m.UserId == people[Fatima].Id);
        backer.BackGoal(club, goals[Fatima], GoalFollows.ChaptersRead);
        var steps = new List<GroupStep>();
        var plan = new List<ReadingPart>();
        foreach (var p in Plan)
        {
            var part = ReadingPart.Plan(club, plan, new ReadingPartDetails(p.Title, p.From, p.To, today.AddDays(p.DueInDays))).Value!;
            plan.Add(part);
            var due = now.AddDays(p.DueInDays);
            foreach (var (email, i) in p.Readers.Select((e, i) => (e, i)))
            {
                var read = PartRead.Mark(club, part, people[email].Id, Past(due.AddDays(-2).AddHours(i * 5))).Value!;
                db.PartsRead.Add(read);
                if (email == Fatima)
                    steps.Add(new(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(read.ReadAt, TimeZones.Find(people[Fatima].TimeZone)).DateTime),
                        part.ToChapter - part.FromChapter + 1, $"Read {part.Title} ({part.Chapters})"));
            }
            foreach (var (author, text, voters) in p.Prompts)
            {
                var prompt = DiscussionPrompt.Add(club, part, people[author].Id, text, due.AddDays(-3)).Value!;
                db.DiscussionPrompts.Add(prompt);
                foreach (var (voter, i) in voters.Select((v, i) => (v, i)))
                    db.PromptVotes.Add(PromptVote.Cast(club, prompt, people[voter].Id, false, due.AddDays(-2).AddHours(i)).Value!);
            }
            foreach (var (author, text, isPrivate) in p.Reflections)
                db.GroupReflections.Add(GroupReflection.Write(club, part, people[author].Id, text, isPrivate, due.AddDays(1)).Value!);
        }
        db.ReadingParts.AddRange(plan);
        foreach (var point in GroupGoal.Points(0, GoalFollows.ChaptersRead, steps))
            db.MeasureEntries.Add(MeasureEntry.FromGroup(goals[Fatima], club.Id, point.Date, point.Value, point.Note, people[Fatima].Id, now));
        AddClubMeetings(club, roster.Select(m => m.UserId).ToList(), plan, people, started);

        var (circle, leads) = Group.Create(programmeId, new GroupDetails(GroupKind.MentoringCircle, "Front-end circle",
            "Daan and three mentees who build for the browser: each brings one problem from the week, and we leave with a next step each.",
            6, JoinPolicy.ByInvitation), [people["mentor@thrive.test"].Id], people["mentor@thrive.test"].Id, started).Value;
        var members = leads.ToList();
        foreach (var email in new[] { "mentee@thrive.test", "careers.mentee@thrive.test", "patterns.mentee@thrive.test" })
            members.Add(circle.Admit(members, people[email].Id, invited: true, started.AddHours(members.Count)).Value!);
        db.Groups.Add(circle);
        db.GroupMembers.AddRange(members);
        AddCircleMeetings(circle, members.Select(m => m.UserId).ToList(), people, started);
    }

    /// <summary>The instant of <paramref name="day"/> at <paramref name="hour"/>:00 in Amsterdam (Sanne's and Daan's zone).</summary>
    private static DateTimeOffset Amsterdam(DateOnly day, int hour) =>
        SessionSchedule.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));

    /// <summary>
    /// A meeting on each part's due day at 18:00 Amsterdam: the three behind held with attendance recorded (Daan missed the
    /// second, Johan the third), the next one answered by most members, the rest ahead.
    /// </summary>
    private void AddClubMeetings(Group club, List<Guid> roster, List<ReadingPart> plan, IReadOnlyDictionary<string, ThriveUser> people, DateTimeOffset started)
    {
        var absent = new[] { (string?)null, "mentor@thrive.test", "patterns.mentee@thrive.test" };
        var taken = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var i = 0; i < plan.Count; i++)
        {
            var meeting = GroupMeeting.One(club, Amsterdam(plan[i].DueOn, 18), 60, "Video call (the link is in the invitation)", started, taken).Value!;
            taken.Add((meeting.StartUtc, meeting.EndUtc));
            db.GroupMeetings.Add(meeting);
            if (meeting.StartUtc < now && i < absent.Length)
            {
                var away = absent[i] is { } email ? people[email].Id : Guid.Empty;
                var answers = roster.Select(u => MeetingAttendance.Give(club, meeting, null, u, u == away ? AttendanceAnswer.NotGoing : AttendanceAnswer.Going,
                    meeting.StartUtc.AddDays(-2)).Value!).ToList();
                var added = meeting.RecordAttendance(club, roster, roster.Where(u => u != away).ToList(), answers, meeting.EndUtc.AddMinutes(5)).Value!;
                if (i == 0) meeting.SaveNotes(club, "Everyone shared one myth they used to believe. Next time: bring one moment of armour from the week.");
                db.MeetingAttendance.AddRange(answers.Concat(added));
            }
            else if (i == absent.Length)
            {
                // The next meeting: three going, Johan not this time, Daan has not answered yet.
                foreach (var (email, answer) in new[] { ("mentor.lead@thrive.test", AttendanceAnswer.Going), ("bookclub.mentee@thrive.test", AttendanceAnswer.Going),
                    ("mentee@thrive.test", AttendanceAnswer.Going), ("patterns.mentee@thrive.test", AttendanceAnswer.NotGoing) })
                    db.MeetingAttendance.Add(MeetingAttendance.Give(club, meeting, null, people[email].Id, answer, now.AddHours(-6)).Value!);
            }
        }
    }

    /// <summary>The circle meets every other Thursday at 17:00 Amsterdam: two meetings held with a round of updates, the next with topics on its agenda.</summary>
    private void AddCircleMeetings(Group circle, List<Guid> roster, IReadOnlyDictionary<string, ThriveUser> people, DateTimeOffset started)
    {
        var first = DateOnly.FromDateTime(started.UtcDateTime).AddDays(3);
        while (first.DayOfWeek != DayOfWeek.Thursday) first = first.AddDays(1);
        var slot = SessionSlot.Create(DayOfWeek.Thursday, new TimeOnly(17, 0), "Europe/Amsterdam", 45, SessionCadence.Fortnightly, first).Value!;
        var meetings = GroupMeeting.Series(circle, slot, 4, "Video call", started, []).Value!;
        db.GroupMeetings.AddRange(meetings);
        var updates = new (string Email, string Text)[]
        {
            ("mentee@thrive.test", "Shipped the navigation refactor; stuck on focus order in the modal."),
            ("careers.mentee@thrive.test", "Two coffees with designers this fortnight; one wants to pair on a prototype."),
            ("patterns.mentee@thrive.test", "Used the Observer pattern for the price alerts; tests first this time."),
            ("mentor@thrive.test", "Reviewing the design system's tokens; happy to show how we version them."),
        };
        foreach (var meeting in meetings)
        {
            if (meeting.StartUtc < now)
            {
                foreach (var (email, text) in updates)
                    db.MeetingUpdates.Add(MeetingUpdate.Write(circle, meeting, null, people[email].Id, text, meeting.StartUtc.AddMinutes(10)).Value!);
                var added = meeting.RecordAttendance(circle, roster, roster, [], meeting.EndUtc.AddMinutes(5)).Value!;
                db.MeetingAttendance.AddRange(added);
                continue;
            }
            var agenda = new List<AgendaTopic>();
            foreach (var (email, text) in new[] { ("mentee@thrive.test", "Focus order in modals: what do screen readers expect?"),
                ("careers.mentee@thrive.test", "How do front-end developers work with designers day to day?") })
                agenda.Add(AgendaTopic.Add(circle, meeting, agenda, people[email].Id, text, now.AddHours(-20)).Value!);
            db.AgendaTopics.AddRange(agenda);
            break;
        }
    }
}
