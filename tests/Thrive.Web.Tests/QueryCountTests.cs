using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Pairs;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>No query in a loop: the number of SQL commands a page sends does not grow with the data behind it.</summary>
public sealed class QueryCountTests : WebTest
{
    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        await client.GetStringAsync(url, Ct); // warm up: first-use queries (key ring, security stamp) are not the page's
        App.Sql.Reset();
        await client.GetStringAsync(url, Ct);
        return App.Sql.Count;
    }

    /// <summary>
    /// A programme with an admin, an open application and two pairs. Lerato's pair has what its pages show: her goal
    /// with measures and a comment, a board with cards to do, in progress and done, a held session with an action
    /// item, a private note and feedback.
    /// </summary>
    private sealed record World(GivenPair Pair, GivenGoal Goal, GivenBoard Board, GivenSession Held, GivenPerson Admin);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Lerato Mokoena"));
        await given.PairAsync(programme);
        await given.MenteeAsync(programme, status: ApplicationStatus.Applied);
        var goal = await given.GoalAsync(pair.Mentee, template: "intermediate-frontend", weekly: [5, 4.5m, 4]);
        await App.WithDbAsync(async db =>
        {
            db.GoalComments.Add(Thrive.Domain.Goals.GoalComment.Write(goal.Id, pair.Mentor.Id, "Your cycle time is falling nicely.", given.Now).Value!);
            return await db.SaveChangesAsync();
        });
        var board = await given.BoardAsync(pair.Mentee);
        await given.TaskAsync(board, "Ask for feedback on my CV", goal: goal);
        await given.TaskAsync(board, "Add keyboard shortcuts to the editor", given.Now.AddDays(-2), started: given.Now.AddDays(-1), goal: goal);
        await given.TaskAsync(board, "Refactor the navbar into a component", given.Now.AddDays(-9), given.Now.AddDays(-8), given.Now.AddDays(-6), goal);
        var held = await given.HeldSessionAsync(pair, daysAgo: 7, notes: "Agreed one small portfolio task per week.");
        await given.ActionItemAsync(pair, pair.Mentee, "Pick three projects for the portfolio", given.Today.AddDays(3), held);
        await given.PrivateNoteAsync(held, pair.Mentor, "Ask her to demo something next time.");
        await given.FeedbackAsync(pair, pair.Mentor);
        return new World(pair, goal, board, held, await given.AdminAsync());
    }

    /// <summary>Adds 40 accepted mentors and 40 mentees, paired, with 20 open applications, straight into the database.</summary>
    private async Task GrowAsync(Guid programmeId)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        var now = DateTimeOffset.UtcNow;
        var answers = new ApplicationAnswers(3, "Go", Focus.Technical, "Mondays", "", "UTC", "", "", 1, "", "", "");
        for (var i = 0; i < 100; i++)
        {
            var user = new ThriveUser { Id = Guid.NewGuid(), UserName = $"bulk{i}@example.com", NormalizedUserName = $"BULK{i}@EXAMPLE.COM", Email = $"bulk{i}@example.com", NormalizedEmail = $"BULK{i}@EXAMPLE.COM", DisplayName = $"Bulk {i}", SecurityStamp = Guid.NewGuid().ToString() };
            db.Users.Add(user);
            var role = i < 40 ? ParticipantRole.Mentor : ParticipantRole.Mentee;
            var place = Participant.Apply(programmeId, user.Id, role, answers, now).Value!;
            if (i < 80) place.Review(true, Guid.Empty, now);
            db.Participants.Add(place);
        }
        await db.SaveChangesAsync(Ct);
        var users = await db.Users.Where(u => u.Email!.StartsWith("bulk")).Select(u => new { u.Id, u.Email }).ToListAsync(Ct);
        for (var i = 0; i < 40; i++)
        {
            var mentor = users.Single(u => u.Email == $"bulk{i}@example.com");
            var mentee = users.Single(u => u.Email == $"bulk{i + 40}@example.com");
            db.Pairs.Add(Pair.Propose(programmeId,
                new PairCandidate(mentor.Id, mentor.Email!, ParticipantRole.Mentor, ApplicationStatus.Accepted, answers),
                new PairCandidate(mentee.Id, mentee.Email!, ParticipantRole.Mentee, ApplicationStatus.Accepted, answers),
                new PairingLoad(0, false), now).Value!);
        }
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task A_board_sends_the_same_number_of_commands_for_ten_cards_and_a_thousand()
    {
        var world = await WorldAsync();
        var board = world.Board.Id;
        var owner = world.Pair.Mentee.Id;
        var mentee = await world.Pair.Mentee.SignInAsync();
        var small = await CommandsForAsync(mentee, $"/Board/{board}");
        var api = await CommandsForAsync(mentee, $"/api/v1/boards/{board}");
        Guid todo;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
            var column = await db.BoardColumns.Where(c => c.BoardId == board).OrderBy(c => c.Position).FirstAsync(Ct);
            todo = column.Id;
            for (var i = 0; i < 1000; i++)
            {
                var task = Thrive.Domain.Board.BoardTask.Create(board, column, null, $"Bulk task {i}", null, null, i, DateTimeOffset.UtcNow).Value!;
                db.Tasks.Add(task);
                db.TaskMoves.Add(Thrive.Domain.Board.TaskMove.Of(task.Id, null, column, owner, DateTimeOffset.UtcNow));
            }
            await db.SaveChangesAsync(Ct);
        }
        Assert.Equal(small, await CommandsForAsync(mentee, $"/Board/{board}"));
        Assert.Equal(api, await CommandsForAsync(mentee, $"/api/v1/boards/{board}"));
        var page = await mentee.GetStringAsync($"/Board/{board}", Ct);
        Assert.Contains("Bulk task 0<", page, StringComparison.Ordinal);
        Assert.Matches(@"\(9\d\d more hidden\)", page); // a long column draws its first 40 cards
        Assert.Equal(small, await CommandsForAsync(mentee, $"/Board/{board}?all={todo}")); // and all of them on demand, in as many commands
    }

    [Fact]
    public async Task Home_programme_and_list_pages_send_the_same_number_of_commands_with_more_data()
    {
        var world = await WorldAsync();
        var id = world.Pair.Programme.Id;
        var coordinator = await world.Pair.Programme.Coordinator.SignInAsync();
        var admin = await world.Admin.SignInAsync();
        var mentee = await world.Pair.Mentee.SignInAsync();
        var pages = new (HttpClient Client, string Url)[]
        {
            (coordinator, "/"), (coordinator, $"/Programmes/{id}"), (coordinator, $"/Programmes/{id}/Applications"),
            (coordinator, $"/Programmes/{id}/Pairs/New"), (coordinator, $"/Programmes/{id}/Matching"), (admin, "/"), (mentee, "/"), (coordinator, $"/api/v1/programmes/{id}/pairs"),
            (mentee, "/Account/Notifications"), (mentee, "/MentorType"), (mentee, "/MentorType/Take"),
            (mentee, $"/Programmes/{id}/Mentors"),
        };
        var before = new List<int>();
        foreach (var (client, url) in pages) before.Add(await CommandsForAsync(client, url));
        Assert.All(before, n => Assert.InRange(n, 1, 16)); // counted, and few
        TestContext.Current.SendDiagnosticMessage("SQL commands per page: " + string.Join(", ", pages.Select((p, i) => $"{p.Url}={before[i]}")));
        await GrowAsync(id);
        for (var i = 0; i < pages.Length; i++)
            Assert.True(before[i] == await CommandsForAsync(pages[i].Client, pages[i].Url), $"{pages[i].Url}: {before[i]} commands before, more after growing the data");
    }

    [Fact]
    public async Task Goal_session_board_home_and_programme_pages_send_the_same_number_of_commands_with_more_data()
    {
        var world = await WorldAsync();
        var (programme, pair, goal, board, session) = (world.Pair.Programme.Id, world.Pair.Id, world.Goal.Id, world.Board.Id, world.Held.Id);
        var mentee = await world.Pair.Mentee.SignInAsync();
        var mentor = await world.Pair.Mentor.SignInAsync();
        var coordinator = await world.Pair.Programme.Coordinator.SignInAsync();
        var pages = new (HttpClient Client, string Url)[]
        {
            (mentee, "/"), (mentee, $"/Board/{board}"), (mentee, $"/Goals/{goal}"), (mentor, $"/Goals/{goal}"),
            (mentee, $"/Sessions/{session}"), (mentor, $"/Sessions/{session}"), (coordinator, $"/Programmes/{programme}"), (mentor, "/"), (mentor, $"/Pairs/{pair}"),
        };
        var before = new List<int>();
        foreach (var (client, url) in pages) before.Add(await CommandsForAsync(client, url));
        // The mentor's home and pair page also draw the mentee's week (goals, commitments, cards, actions, done since
        // the last session): a fixed handful of commands more, whatever the number of mentees. Every participant's page
        // counts their unread activity for the navigation: one command more.
        for (var i = 0; i < pages.Length; i++) Assert.InRange(before[i], 1, i >= 7 ? 25 : 17);
        TestContext.Current.SendDiagnosticMessage("SQL commands per page: " + string.Join(", ", pages.Select((p, i) => $"{p.Url}={before[i]}")));

        await GrowPairAsync(pair, goal, board, session);
        await GrowAsync(programme);
        for (var i = 0; i < pages.Length; i++)
            Assert.True(before[i] == await CommandsForAsync(pages[i].Client, pages[i].Url), $"{pages[i].Url}: {before[i]} commands before, more after growing the data");
        var goalPage = await mentee.GetStringAsync($"/Goals/{goal}", Ct);
        Assert.Contains("Bulk comment 0", goalPage, StringComparison.Ordinal);
        var sessionPage = await mentor.GetStringAsync($"/Sessions/{session}", Ct);
        Assert.Contains("Bulk action", sessionPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_its_csv_and_the_comparison_send_the_same_number_of_commands_for_two_pairs_and_forty_two()
    {
        var world = await WorldAsync();
        var id = world.Pair.Programme.Id;
        var second = await Given.In(App).ProgrammeAsync(coordinator: world.Pair.Programme.Coordinator);
        var coordinator = await world.Pair.Programme.Coordinator.SignInAsync();
        var pages = new (HttpClient Client, string Url)[]
        {
            (coordinator, $"/Programmes/{id}/Report"), (coordinator, $"/api/v1/programmes/{id}/report"),
            (coordinator, $"/Programmes/{id}/Report?handler=Csv&table=sessions"), (coordinator, $"/Reports?programmes={id}&programmes={second.Id}"),
        };
        var before = new List<int>();
        foreach (var (client, url) in pages) before.Add(await CommandsForAsync(client, url));
        TestContext.Current.SendDiagnosticMessage("SQL commands per page: " + string.Join(", ", pages.Select((p, i) => $"{p.Url}={before[i]}")));
        Assert.All(before, n => Assert.InRange(n, 1, 16));

        // 40 more pairs, each with a session.
        await GrowAsync(id);
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
            var pairs = await db.Pairs.Where(p => p.ProgrammeId == id).Select(p => p.Id).ToListAsync(Ct);
            var start = DateTimeOffset.UtcNow.AddDays(-3);
            foreach (var pair in pairs) db.Sessions.Add(Thrive.Domain.Sessions.MentoringSession.Plan(pair, start, start.AddHours(1)));
            await db.SaveChangesAsync(Ct);
        }
        for (var i = 0; i < pages.Length; i++)
            Assert.True(before[i] == await CommandsForAsync(pages[i].Client, pages[i].Url), $"{pages[i].Url}: {before[i]} commands before, more after growing the data");
    }

    [Fact]
    public async Task A_group_page_sends_the_same_number_of_commands_for_three_members_and_forty_with_more_parts()
    {
        var world = await WorldAsync();
        var given = Given.In(App);
        var programme = world.Pair.Programme;
        var group = await given.GroupAsync(programme, world.Pair.Mentor, [world.Pair.Mentee], capacity: 60, parts: 2);
        await given.GroupWorkAsync(group, group.Parts[0], world.Pair.Mentee, voters: [world.Pair.Mentor]);
        var mentee = await world.Pair.Mentee.SignInAsync();
        var mentor = await world.Pair.Mentor.SignInAsync();
        var coordinator = await programme.Coordinator.SignInAsync();
        var pages = new (HttpClient Client, string Url)[]
        {
            (mentee, $"/Groups/{group.Id}"), (mentor, $"/Groups/{group.Id}"), (coordinator, $"/Groups/{group.Id}"), (mentee, $"/api/v1/groups/{group.Id}"),
            (mentee, "/Groups"), (mentee, "/"),
        };
        var before = new List<int>();
        foreach (var (client, url) in pages) before.Add(await CommandsForAsync(client, url));
        TestContext.Current.SendDiagnosticMessage("SQL commands per page: " + string.Join(", ", pages.Select((p, i) => $"{p.Url}={before[i]}")));

        // 40 more members, 10 more parts, each member reading, prompting, voting and reflecting on every part.
        await GrowAsync(programme.Id);
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
            var (g, roster, people) = await AdmitBulkAsync(db, group.Id);
            var plan = await db.ReadingParts.Where(p => p.GroupId == group.Id).ToListAsync(Ct);
            for (var i = 0; i < 10; i++)
            {
                var part = Thrive.Domain.Groups.ReadingPart.Plan(g, plan, new(  $"Bulk part {i}", 10 + i, 10 + i, given.Today.AddDays(30 + i))).Value!;
                plan.Add(part);
                db.ReadingParts.Add(part);
            }
            foreach (var part in plan)
                foreach (var id in people)
                {
                    db.PartsRead.Add(Thrive.Domain.Groups.PartRead.Mark(g, part, id, DateTimeOffset.UtcNow).Value!);
                    db.GroupReflections.Add(Thrive.Domain.Groups.GroupReflection.Write(g, part, id, "Bulk reflection", id == people[0], DateTimeOffset.UtcNow).Value!);
                }
            foreach (var part in plan.Take(3))
                foreach (var id in people.Take(10))
                {
                    var prompt = Thrive.Domain.Groups.DiscussionPrompt.Add(g, part, id, "Bulk prompt", DateTimeOffset.UtcNow).Value!;
                    db.DiscussionPrompts.Add(prompt);
                    foreach (var voter in people.Take(5)) db.PromptVotes.Add(Thrive.Domain.Groups.PromptVote.Cast(g, prompt, voter, false, DateTimeOffset.UtcNow).Value!);
                }
            await db.SaveChangesAsync(Ct);
        }
        for (var i = 0; i < pages.Length; i++)
            Assert.True(before[i] == await CommandsForAsync(pages[i].Client, pages[i].Url), $"{pages[i].Url}: {before[i]} commands before, more after growing the group");
        Assert.Contains("Bulk prompt", await mentee.GetStringAsync($"/Groups/{group.Id}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Group_meeting_pages_send_the_same_number_of_commands_for_one_meeting_of_three_members_and_thirty_of_forty()
    {
        var world = await WorldAsync();
        var given = Given.In(App);
        var programme = world.Pair.Programme;
        var group = await given.GroupAsync(programme, world.Pair.Mentor, [world.Pair.Mentee], Thrive.Domain.Groups.GroupKind.MentoringCircle, capacity: 60);
        var meeting = await given.GroupMeetingAsync(group, given.Now.AddDays(2));
        var mentee = await world.Pair.Mentee.SignInAsync();
        var coordinator = await programme.Coordinator.SignInAsync();
        var pages = new (HttpClient Client, string Url)[]
        {
            (mentee, $"/Groups/{group.Id}/Meetings"), (coordinator, $"/Groups/{group.Id}/Meetings"), (mentee, $"/Groups/{group.Id}/Meetings/{meeting}"),
            (coordinator, $"/Groups/{group.Id}/Meetings/{meeting}"), (mentee, $"/api/v1/groups/{group.Id}/meetings"), (mentee, $"/api/v1/groups/{group.Id}/meetings/{meeting}"),
            (mentee, $"/Groups/{group.Id}"),
        };
        var before = new List<int>();
        foreach (var (client, url) in pages) before.Add(await CommandsForAsync(client, url));

        // 40 more members and 30 more meetings, each member answering, adding a topic, an update and an action to every meeting.
        await GrowAsync(programme.Id);
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
            var (g, roster, people) = await AdmitBulkAsync(db, group.Id);
            var meetings = new List<Thrive.Domain.Groups.GroupMeeting> { await db.GroupMeetings.SingleAsync(m => m.Id == meeting, Ct) };
            for (var i = 0; i < 30; i++)
            {
                var more = Thrive.Domain.Groups.GroupMeeting.One(g, given.Now.AddDays(3 + i), 60, "", DateTimeOffset.UtcNow, []).Value!;
                meetings.Add(more);
                db.GroupMeetings.Add(more);
            }
            var ids = roster.Select(r => r.UserId).ToList();
            foreach (var m in meetings)
            {
                var agenda = new List<Thrive.Domain.Groups.AgendaTopic>();
                foreach (var id in people)
                {
                    db.MeetingAttendance.Add(Thrive.Domain.Groups.MeetingAttendance.Give(g, m, null, id, Thrive.Domain.Groups.AttendanceAnswer.Going, DateTimeOffset.UtcNow).Value!);
                    db.MeetingUpdates.Add(Thrive.Domain.Groups.MeetingUpdate.Write(g, m, null, id, "Bulk update", DateTimeOffset.UtcNow).Value!);
                    db.MeetingActionItems.Add(Thrive.Domain.Groups.MeetingActionItem.Add(g, m, ids, 0, id, "Bulk action", null, given.Today, DateTimeOffset.UtcNow).Value!);
                    if (agenda.Count < 20) agenda.Add(Thrive.Domain.Groups.AgendaTopic.Add(g, m, agenda, id, "Bulk topic", DateTimeOffset.UtcNow).Value!);
                }
                db.AgendaTopics.AddRange(agenda);
            }
            await db.SaveChangesAsync(Ct);
        }
        for (var i = 0; i < pages.Length; i++)
            Assert.True(before[i] == await CommandsForAsync(pages[i].Client, pages[i].Url), $"{pages[i].Url}: {before[i]} commands before, more after growing the group");
        Assert.Contains("Bulk topic", await mentee.GetStringAsync($"/Groups/{group.Id}/Meetings/{meeting}", Ct), StringComparison.Ordinal);
    }

    /// <summary>The 40 people <see cref="GrowAsync"/> made join the group (added to the context, not saved).</summary>
    private async Task<(Thrive.Domain.Groups.Group Group, List<Thrive.Domain.Groups.GroupMember> Roster, List<Guid> People)> AdmitBulkAsync(ThriveDbContext db, Guid groupId)
    {
        var g = await db.Groups.SingleAsync(x => x.Id == groupId, Ct);
        var roster = await db.GroupMembers.Where(m => m.GroupId == groupId).ToListAsync(Ct);
        var people = await db.Users.Where(u => u.Email!.StartsWith("bulk")).OrderBy(u => u.Email).Select(u => u.Id).Take(40).ToListAsync(Ct);
        foreach (var id in people) { var m = g.Admit(roster, id, true, DateTimeOffset.UtcNow).Value!; roster.Add(m); db.GroupMembers.Add(m); }
        return (g, roster, people);
    }

    /// <summary>A pair with a long history: 150 measures, comments, history lines and goal cards, 30 more sessions and 150 open action items.</summary>
    private async Task GrowPairAsync(Guid pairId, Guid goalId, Guid boardId, Guid sessionId)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        var pair = await db.Pairs.SingleAsync(p => p.Id == pairId, Ct);
        var todo = await db.BoardColumns.Where(c => c.BoardId == boardId).OrderBy(c => c.Position).FirstAsync(Ct);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = 0; i < 150; i++)
        {
            var at = now.AddMinutes(-i);
            db.MeasureEntries.Add(Thrive.Domain.Goals.MeasureEntry.Record(goalId, today.AddDays(-i), i, $"Bulk measure {i}", pair.MenteeId, today, at).Value!);
            db.GoalComments.Add(Thrive.Domain.Goals.GoalComment.Write(goalId, pair.MentorId, $"Bulk comment {i}", at).Value!);
            db.GoalEvents.Add(Thrive.Domain.Goals.GoalEvent.Of(goalId, pair.MenteeId, $"Bulk event {i}", at));
            var task = Thrive.Domain.Board.BoardTask.Create(boardId, todo, goalId, $"Bulk goal task {i}", null, null, 1000 + i, at).Value!;
            db.Tasks.Add(task);
            db.TaskMoves.Add(Thrive.Domain.Board.TaskMove.Of(task.Id, null, todo, pair.MenteeId, at));
            db.ActionItems.Add(Thrive.Domain.Sessions.ActionItem.Add(pairId, i % 2 == 0 ? sessionId : null, i % 3 == 0 ? pair.MentorId : pair.MenteeId, $"Bulk action {i}", null, today, at).Value!);
        }
        for (var i = 0; i < 30; i++)
        {
            var start = now.AddDays(-100 - (7 * i));
            var held = Thrive.Domain.Sessions.MentoringSession.Plan(pairId, start, start.AddHours(1));
            held.SaveAgenda("Bulk", "Bulk", "", "Bulk hope", "", share: true, start.AddDays(-1));
            held.Record(Thrive.Domain.Sessions.SessionStatus.Held, start.AddHours(1));
            db.Sessions.Add(held);
            var note = Thrive.Domain.Sessions.PrivateNote.Start(held.Id, pair.MentorId);
            note.Save($"Bulk private note {i}", start.AddHours(2));
            db.PrivateNotes.Add(note);
        }
        await db.SaveChangesAsync(Ct);
    }
}
