using Thrive.Domain.Board;
using Thrive.Domain.Goals;
using Thrive.Domain.Commitments;
using Thrive.Domain.Programmes;
using Thrive.Domain.Sessions;
using Thrive.Persistence;

namespace Thrive.Bench.Scale;

/// <summary>The per-pair records: goals with measures, a board with move histories, sessions, a habit.</summary>
internal sealed partial class ScaleWriter
{
    private static readonly string[] MenteeTemplates =
        ["aws-certification", "leetcode-weekly", "explore-roles", "book-club-leadership", "learn-by-doing", "js-patterns-stress", "intermediate-frontend", "define-better-developer"];

    /// <summary>The mentee's main goal (returned, for the board and the habit), sometimes a draft, and every fourth mentor's own goal.</summary>
    private Goal AddGoals(ThriveDbContext db, Random rng, Programme programme, ThriveUser mentor, ThriveUser mentee, DateOnly goalDay, int n)
    {
        var created = At(goalDay, 10);
        var template = GoalTemplates.Find(MenteeTemplates[rng.Next(MenteeTemplates.Length)])!;
        var goal = Goal.Create(programme.Id, mentee.Id, GoalTemplates.ToDetails(template, goalDay, programme.EndDate), activate: true, goalDay, created).Value!;
        db.Goals.Add(goal);
        db.GoalEvents.Add(GoalEvent.Of(goal.Id, mentee.Id, "Created the goal and started it", created));
        if (goal.Smart.HasMeasure)
        {
            var from = goal.Smart.Baseline ?? 0;
            var to = goal.Smart.Target!.Value;
            var week = 0;
            for (var day = goalDay; day <= today; day = day.AddDays(7), week++)
            {
                var value = Math.Round(from + ((to - from) * Math.Min(1, week / 10m)) + rng.Next(-1, 2), 1);
                db.MeasureEntries.Add(MeasureEntry.Record(goal.Id, day, value, week == 0 ? "Starting point" : "", mentee.Id, day, At(day, 18)).Value!);
            }
        }
        if (created.AddDays(2) < now)
            db.GoalComments.Add(GoalComment.Write(goal.Id, mentor.Id, Comments[rng.Next(Comments.Length)], created.AddDays(2)).Value!);
        if (n % 3 == 0)
        {
            var draft = Goal.Create(programme.Id, mentee.Id, new GoalDetails("Explain my solution out loud in a mock interview", null, GoalCategory.Career, SmartFields.Empty),
                activate: false, goalDay, created.AddHours(1) > now ? created : created.AddHours(1)).Value!;
            db.Goals.Add(draft);
            db.GoalEvents.Add(GoalEvent.Of(draft.Id, mentee.Id, "Created the goal as a draft", draft.CreatedAt));
        }
        if (n % 4 == 0)
        {
            var own = Goal.Create(programme.Id, mentor.Id, GoalTemplates.ToDetails(GoalTemplates.Find("active-listening")!, goalDay, programme.EndDate), activate: true, goalDay, created).Value!;
            db.Goals.Add(own);
            db.GoalEvents.Add(GoalEvent.Of(own.Id, mentor.Id, "Created the goal and started it", created));
        }
        return goal;
    }

    /// <summary>One finished card a week since the programme began (each through To do, Doing and Done), two in progress, three waiting.</summary>
    private void AddBoard(ThriveDbContext db, Random rng, Guid programmeId, Guid owner, Goal goal, DateTimeOffset begin)
    {
        var (board, columns) = TaskBoard.Start(programmeId, owner, begin);
        db.Boards.Add(board);
        db.BoardColumns.AddRange(columns);
        var (todo, doing, done) = (columns[0], columns[1], columns[2]);
        var weeks = Math.Max(1, (int)((now - begin).TotalDays / 7));
        var order = 0;
        for (var w = 0; w < weeks; w++)
        {
            var created = begin.AddDays(7 * w + 1).AddHours(rng.Next(8, 18));
            var started = created.AddHours(rng.Next(2, 30));
            var finished = started.AddHours(rng.Next(12, 120));
            if (finished >= now) finished = now.AddMinutes(-5);
            if (started >= finished) started = created;
            Card(created, (todo, created), (doing, started), (done, finished));
        }
        for (var i = 0; i < 2; i++) Card(now.AddDays(-3 - i), (todo, now.AddDays(-3 - i)), (doing, now.AddDays(-1 - i)));
        for (var i = 0; i < 3; i++) Card(now.AddHours(-10 - (20 * i)), (todo, now.AddHours(-10 - (20 * i))));

        void Card(DateTimeOffset created, params (BoardColumn Column, DateTimeOffset At)[] path)
        {
            var task = BoardTask.Create(board.Id, path[0].Column, rng.Next(3) == 0 ? null : goal.Id, Tasks[rng.Next(Tasks.Length)], null, null, order++, created).Value!;
            db.TaskMoves.Add(TaskMove.Of(task.Id, null, path[0].Column, owner, created));
            for (var i = 1; i < path.Length; i++)
                db.TaskMoves.Add(task.Move(path[i - 1].Column, path[i].Column, 10_000 - order++, 0, task.Version, owner, path[i].At).Value!);
            db.Tasks.Add(task);
        }
    }

    /// <summary>Weekly sessions over the programme: past ones held (agenda, notes, two action items, a private note every other week) or now and then cancelled; future ones scheduled.</summary>
    private void AddSessions(ThriveDbContext db, Random rng, Programme programme, Guid pairId, ThriveUser mentor, Guid menteeId, int n)
    {
        var first = programme.StartDate.AddDays(n % 5);
        var slot = SessionSlot.Create(first.DayOfWeek, new TimeOnly(rng.Next(9, 17), 0), mentor.TimeZone, 60, Domain.Programmes.SessionCadence.Weekly, first).Value!;
        var held = 0;
        var nextStarted = false;
        foreach (var (start, end) in SessionSchedule.Occurrences(slot, first, programme.EndDate))
        {
            var session = MentoringSession.Plan(pairId, start, end);
            if (end > now)
            {
                if (!nextStarted && held > 0)
                {
                    nextStarted = true;
                    session.SaveAgenda("Busy but good week.", "Finished two cards on my board.", "", "", "", share: false, now.AddHours(-3));
                }
                db.Sessions.Add(session);
                continue;
            }
            if (rng.Next(12) == 0)
            {
                session.Cancel("Ill, sorry; moved our topics to next week.", 24, start.AddDays(-2));
                db.Sessions.Add(session);
                continue;
            }
            var week = Weeks[rng.Next(Weeks.Length)];
            session.SaveAgenda(week.CheckIn, week.WentWell, week.NotWell, week.HopeNext, week.Challenges, share: true, start.AddHours(-20));
            session.SaveNotes(week.Notes);
            session.Record(SessionStatus.Held, end);
            db.Sessions.Add(session);
            var createdAt = end.AddMinutes(5);
            var due = DateOnly.FromDateTime(start.AddDays(7).UtcDateTime);
            for (var a = 0; a < 2; a++)
            {
                var item = ActionItem.Add(pairId, session.Id, a == 0 ? menteeId : mentor.Id, week.Actions[a], due, DateOnly.FromDateTime(createdAt.UtcDateTime), createdAt).Value!;
                if (createdAt.AddDays(3) < now && rng.Next(4) != 0) item.Toggle(createdAt.AddDays(3));
                db.ActionItems.Add(item);
            }
            if (held % 2 == 0)
            {
                var note = PrivateNote.Start(session.Id, mentor.Id);
                note.Save("Ask about the task that has been in Doing longest; encourage a demo next time.", end.AddMinutes(10));
                db.PrivateNotes.Add(note);
            }
            held++;
        }
    }

    /// <summary>"Twice a week" for the main goal, kept most weeks since the goal began.</summary>
    private void AddHabit(ThriveDbContext db, Random rng, Guid programmeId, Guid owner, Goal goal, DateOnly from)
    {
        var details = new CommitmentDetails(CommitmentForm.ImplementationIntention, Habits[rng.Next(Habits.Length)], "19:00 on weekdays", "my desk at home", null,
            2, HabitPeriod.Week, CommitmentKind.YesNo, GoalId: goal.Id);
        var c = Commitment.Create(programmeId, owner, details, from, from, At(from, 11)).Value!;
        db.Commitments.Add(c);
        for (var day = from; day <= today; day = day.AddDays(rng.Next(2, 5)))
        {
            if (rng.Next(6) == 0) continue;
            db.CheckIns.Add(CheckIn.Record(c, day, 1, null, day, At(day, 20)).Value!);
        }
    }

    private sealed record Week(string CheckIn, string WentWell, string NotWell, string HopeNext, string Challenges, string Notes, string[] Actions);

    private static readonly Week[] Weeks =
    [
        new("Tired but motivated.", "Shipped the form validation.", "Got stuck on a flaky test for a day.", "Finish the refactor.", "A release at work.",
            "We talked about **asking for help sooner**: after 30 minutes stuck, write down what was tried and ask.", ["Ask for help after 30 minutes stuck", "Share an article on testing"]),
        new("Good week.", "Solved three problem sets.", "Skipped my Friday review.", "Try a harder problem.", "Interviews at work.",
            "Reviewed the board: cards in Doing are too big. Split them before starting.", ["Split the two big cards", "Send an example of a small card"]),
        new("Stressed, a lot on.", "Said no to an extra project.", "Worked two late evenings.", "Keep evenings free.", "Deadline on Thursday.",
            "Rest is part of the plan. Wrote down three stressors and a coping step for each.", ["Block Friday evening for rest", "Check in on Wednesday by chat"]),
        new("Excited about the talk.", "Drafted the talk outline.", "Slides are slow going.", "Rehearse once.", "Nerves.",
            "Practised the opening. Situation-Impact-Action feedback both ways.", ["Rehearse the talk with a colleague", "Review the slides"]),
    ];

    private static readonly string[] Tasks =
    [
        "Write tests for the signup form", "Refactor the navbar into a component", "Problem set: two pointers", "Update CV: projects section",
        "Read chapter 3", "Coffee with a product manager", "Practice test", "Review a teammate's pull request", "Portfolio: case study draft",
        "Observer pattern kata", "Accessibility audit of the footer", "Write a short post on CSS grid",
    ];

    private static readonly string[] Comments =
    [
        "Good start. Which part will you do first this week?", "Nice progress. What made the difference?", "Book a date for it: a date makes the plan real.",
    ];

    private static readonly string[] Habits = ["solve at least one problem set", "write one paragraph about what I learned", "read for twenty minutes", "review my board"];

    private static readonly string[] Zones = ["Africa/Johannesburg", "Europe/Amsterdam", "Europe/London", "Africa/Lagos"];

    private static readonly (string City, string Country)[] Cities =
        [("Cape Town", "ZA"), ("Johannesburg", "ZA"), ("Durban", "ZA"), ("Pretoria", "ZA"), ("Amsterdam", "NL"), ("Utrecht", "NL"), ("Rotterdam", "NL"), ("Leiden", "NL")];

    private static readonly string[] Stacks = ["TypeScript, React", "C#, .NET", "Java, Spring", "Python, Django", "Go, Kubernetes", "PHP, Laravel", "Kotlin, Android"];

    private static readonly string[] Interests = ["Hiking, photography", "Chess, jazz", "Running, podcasts", "Baking, theatre", "Gardening, surfing"];

    private static readonly string[] Teams = ["Atlas", "Nimbus", "Ledger", "Harbour", "Beacon", "Compass", "Orbit"];

    private static readonly string[] FirstNames =
        ["Lerato", "Daan", "Sipho", "Thandi", "Kabelo", "Fatima", "Johan", "Anika", "Ruben", "Sanne", "Zanele", "Pieter", "Ayesha", "Nandi", "Bram", "Emma", "Lucas", "Naledi", "Sem", "Mpho"];

    private static readonly string[] LastNames =
        ["Mokoena", "Jansen", "Ndlovu", "Khumalo", "Molefe", "Adams", "Botha", "Pillay", "Visser", "Bakker", "Mthembu", "de Vries", "Khan", "Zulu", "Smit", "de Boer", "Naidoo", "Dijkstra"];
}
