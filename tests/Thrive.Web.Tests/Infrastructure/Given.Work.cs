using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Board;
using Thrive.Domain.Commitments;
using Thrive.Domain.Exams;
using Thrive.Domain.Goals;
using Thrive.Domain.Practice;
using Thrive.Domain.Roles;
using Thrive.Domain.Swot;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>A person's own work in their programme: goals with measures, a SWOT, a board and its cards, commitments, practice problems.</summary>
public sealed partial class Given
{
    /// <summary>
    /// An active goal (a draft if not <paramref name="active"/>) from a title or a built-in template. With a
    /// <paramref name="measure"/>, the <paramref name="weekly"/> values are logged a week apart, the last one a week ago.
    /// </summary>
    public async Task<GivenGoal> GoalAsync(GivenPerson owner, string? title = null, string? template = null, GoalMeasure? measure = null,
        IReadOnlyList<decimal>? weekly = null, bool active = true, GoalCategory category = GoalCategory.Career)
    {
        var programme = ProgrammeOf(owner);
        var details = template is null
            ? new GoalDetails(title ?? $"Goal {Interlocked.Increment(ref counter)}", null, category, SmartFields.Empty)
            : GoalTemplates.ToDetails(GoalTemplates.Find(template) ?? throw new ArgumentException($"No template {template}.", nameof(template)), Today, programme.EndDate);
        if (template is not null && title is not null) details = details with { Title = title };
        if (measure is not null)
            details = details with { Smart = details.Smart with { Metric = measure.Metric, Baseline = measure.Baseline, Target = measure.Target, Unit = measure.Unit } };
        var goal = Ok(Goal.Create(programme.Id, owner.Id, details, active, Today, Now.AddDays(-21)));
        weekly ??= [];
        await WriteAsync(db =>
        {
            db.Goals.Add(goal);
            for (var w = 0; w < weekly.Count; w++)
                db.MeasureEntries.Add(Ok(MeasureEntry.Record(goal.Id, Today.AddDays(-7 * (weekly.Count - w)), weekly[w], null, owner.Id, Today, Now)));
        });
        return new GivenGoal(goal.Id, goal.Title, owner);
    }

    /// <summary>
    /// A SWOT with the given items (one placeholder per quadrant otherwise) in each of <paramref name="revisions"/>
    /// revisions; the latest links its first strength to its first opportunity and its first weakness to its first threat.
    /// </summary>
    public async Task<GivenSwot> SwotAsync(GivenPerson owner, string[]? strengths = null, string[]? weaknesses = null,
        string[]? opportunities = null, string[]? threats = null, int revisions = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(revisions, 1);
        var analysis = SwotAnalysis.Start(ProgrammeOf(owner).Id, owner.Id, Now.AddDays(-28));
        var lists = new (SwotQuadrant Quadrant, string[] Items)[]
        {
            (SwotQuadrant.Strength, strengths ?? ["A strength"]), (SwotQuadrant.Weakness, weaknesses ?? ["A weakness"]),
            (SwotQuadrant.Opportunity, opportunities ?? ["An opportunity"]), (SwotQuadrant.Threat, threats ?? ["A threat"]),
        };
        return await WriteAsync(db =>
        {
            db.SwotAnalyses.Add(analysis);
            List<SwotItem> items = [];
            SwotRevision? revision = null;
            for (var r = 0; r < revisions; r++)
            {
                revision = SwotRevision.Next(analysis.Id, r, Now.AddDays(-28 + r));
                db.SwotRevisions.Add(revision);
                items = lists.SelectMany(q => q.Items.Select((text, i) => SwotItem.Of(revision.Id, q.Quadrant, text, i))).ToList();
                db.SwotItems.AddRange(items);
            }
            SwotItem First(SwotQuadrant q) => items.First(i => i.Quadrant == q);
            var link = Ok(SwotLink.Connect(revision!.Id, First(SwotQuadrant.Strength), First(SwotQuadrant.Opportunity)));
            db.SwotLinks.AddRange(link, Ok(SwotLink.Connect(revision.Id, First(SwotQuadrant.Weakness), First(SwotQuadrant.Threat))));
            return Task.FromResult(new GivenSwot(analysis.Id, First(SwotQuadrant.Strength).Id, First(SwotQuadrant.Weakness).Id,
                First(SwotQuadrant.Opportunity).Id, First(SwotQuadrant.Threat).Id, link.Id));
        });
    }

    /// <summary>A board with the default columns (To do, Doing with a warning limit of 3, Done), started with the programme.</summary>
    public async Task<GivenBoard> BoardAsync(GivenPerson owner)
    {
        var programme = ProgrammeOf(owner);
        var (board, columns) = TaskBoard.Start(programme.Id, owner.Id, new DateTimeOffset(programme.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        await WriteAsync(db =>
        {
            db.Boards.Add(board);
            db.BoardColumns.AddRange(columns);
        });
        return new GivenBoard(board.Id, owner, columns[0].Id, columns[1].Id, columns[2].Id);
    }

    /// <summary>
    /// A card made at <paramref name="created"/> (now) in To do; moved to Doing at <paramref name="started"/> and to
    /// Done at <paramref name="done"/> when given, with the history the flow metrics read.
    /// </summary>
    public Task<Guid> TaskAsync(GivenBoard board, string title, DateTimeOffset? created = null, DateTimeOffset? started = null,
        DateTimeOffset? done = null, GivenGoal? goal = null) => WriteAsync(async db =>
    {
        var columns = await db.BoardColumns.Where(c => c.BoardId == board.Id).ToDictionaryAsync(c => c.Id);
        var at = created ?? Now;
        var task = Ok(BoardTask.Create(board.Id, columns[board.ToDo], goal?.Id, title, null, null, 0, at));
        db.Tasks.Add(task);
        db.TaskMoves.Add(TaskMove.Of(task.Id, null, columns[board.ToDo], board.Owner.Id, at));
        var column = columns[board.ToDo];
        foreach (var (to, when) in new[] { (board.Doing, started), (board.Done, done) })
        {
            if (when is not { } moved) continue;
            var count = await db.Tasks.CountAsync(t => t.ColumnId == to);
            db.TaskMoves.Add(Ok(task.Move(column, columns[to], 0, count, task.Version, board.Owner.Id, moved)));
            column = columns[to];
        }
        return task.Id;
    });

    /// <summary>
    /// A commitment (weekly, yes or no, unless <paramref name="details"/> say otherwise) started on
    /// <paramref name="startedOn"/> (today), with a check-in recorded on each of <paramref name="checkedIn"/>.
    /// </summary>
    public async Task<Guid> CommitmentAsync(GivenPerson owner, CommitmentDetails? details = null, DateOnly? startedOn = null,
        IReadOnlyList<DateOnly>? checkedIn = null)
    {
        details ??= new CommitmentDetails(CommitmentForm.ImplementationIntention, "ship one small change", "Friday 17:00", "at my desk", null, 1, HabitPeriod.Week, CommitmentKind.YesNo);
        var start = startedOn ?? Today;
        // Made on its start day, and each check-in on its own day: the domain's "a week back at most" holds then.
        var commitment = Ok(Commitment.Create(ProgrammeOf(owner).Id, owner.Id, details, start, start, Noon(start)));
        await WriteAsync(db =>
        {
            db.Commitments.Add(commitment);
            foreach (var day in checkedIn ?? [])
                db.CheckIns.Add(Ok(CheckIn.Record(commitment, day, 1, null, day, Noon(day))));
        });
        return commitment.Id;
    }

    /// <summary>
    /// A problem in the owner's practice log, solved <paramref name="daysAgo"/> days ago (on the owner's day, UTC for the
    /// builder's people) <paramref name="how"/>; with help it is due for a second attempt the day after.
    /// </summary>
    public async Task<Guid> PracticeProblemAsync(GivenPerson owner, string title = "Two Sum", PracticeTopic topics = PracticeTopic.Arrays | PracticeTopic.HashMaps,
        SolvedHow how = SolvedHow.Alone, int daysAgo = 0, Difficulty difficulty = Difficulty.Easy, int minutes = 20, string? zone = null)
    {
        var today = Thrive.Domain.Common.TimeZones.LocalDate(Now, zone ?? "UTC");
        var day = today.AddDays(-daysAgo);
        var problem = Ok(PracticeProblem.Log(ProgrammeOf(owner).Id, owner.Id, new PracticeDetails(title, PracticeSource.LeetCode,
            "https://leetcode.com/problems/two-sum/", difficulty, topics, minutes, how, "Keep each number's index in a map.", day), today, Noon(day)));
        await WriteAsync(db => db.PracticeProblems.Add(problem));
        return problem.Id;
    }

    /// <summary>A conversation in the owner's role exploration, held <paramref name="daysAgo"/> days ago (UTC), with one built-in question asked.</summary>
    public async Task<Guid> RoleConversationAsync(GivenPerson owner, string person = "Lerato Mokoena", string role = "Product manager", int fit = 4, int daysAgo = 0,
        string liked = "Talking to customers", string disliked = "Lots of meetings")
    {
        var day = Today.AddDays(-daysAgo);
        var c = Ok(RoleConversation.Log(ProgrammeOf(owner).Id, owner.Id, new ConversationDetails(person, role, day, [RoleCatalogue.Questions[0].Text],
            "Specs and customer calls", "The roadmap", liked, disliked, fit), Today, Noon(day)));
        await WriteAsync(db => db.RoleConversations.Add(c));
        return c.Id;
    }

    /// <summary>A question of the owner's own in their role exploration's question bank.</summary>
    public async Task<Guid> RoleQuestionAsync(GivenPerson owner, string text = "What would you tell a developer moving into your role?")
    {
        var q = Ok(RoleQuestion.Add(ProgrammeOf(owner).Id, owner.Id, QuestionGroup.PathIn, text, Now));
        await WriteAsync(db => db.RoleQuestions.Add(q));
        return q.Id;
    }

    /// <summary>
    /// The owner's exam (AWS SAA-C03, 720 on 100-1000, four domains weighing 30, 26, 24 and 20), <paramref name="daysAhead"/> days
    /// from the builder's today, set up <paramref name="setUpDaysAgo"/> days ago (its study plan starts that week).
    /// </summary>
    public async Task<Exam> ExamAsync(GivenPerson owner, int daysAhead = 30, int setUpDaysAgo = 0, DateOnly? voucher = null, bool booked = false, Guid? goalId = null)
    {
        var today = Today;
        var details = new ExamDetails("Amazon Web Services", "AWS Certified Solutions Architect - Associate", "SAA-C03", today.AddDays(daysAhead), voucher, 720, 100, 1000, booked,
            [new("Design Secure Architectures", 30), new("Design Resilient Architectures", 26), new("Design High-Performing Architectures", 24), new("Design Cost-Optimized Architectures", 20)],
            "IAM and accounts\nVPC and networking\nStorage", goalId);
        var exam = Ok(Exam.SetUp(ProgrammeOf(owner).Id, owner.Id, details, today.AddDays(-setUpDaysAgo), Noon(today.AddDays(-setUpDaysAgo))));
        await WriteAsync(db => db.Exams.Add(exam));
        return exam;
    }

    /// <summary>A practice test of <paramref name="exam"/>, <paramref name="daysAgo"/> days ago, with per-domain scores in the exam's order.</summary>
    public async Task<Guid> PracticeTestAsync(Exam exam, int percent, int daysAgo = 0, params int[] domains)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var ordered = exam.Domains.OrderBy(d => d.Position).ToList();
        var test = Ok(ExamPracticeTest.Log(exam, Today.AddDays(-daysAgo), percent, "Practice set", null,
            domains.Select((p, i) => new DomainScore(ordered[i].Id, p)).ToList(), Today, Noon(Today.AddDays(-daysAgo))));
        await WriteAsync(db => db.ExamPracticeTests.Add(test));
        return test.Id;
    }

    /// <summary>A study session on <paramref name="exam"/> today (general revision).</summary>
    public async Task<Guid> StudyAsync(Exam exam, int minutes = 45)
    {
        var log = Ok(ExamStudyLog.Log(exam, null, Today, minutes, null, Today, Now));
        await WriteAsync(db => db.ExamStudyLogs.Add(log));
        return log.Id;
    }

    /// <summary>A certification template (CKA, two domains) kept by the programme.</summary>
    public async Task<Guid> ExamTemplateAsync(GivenProgramme programme)
    {
        var t = Ok(ExamTemplate.Create(programme.Id, "The Linux Foundation", "Certified Kubernetes Administrator", "CKA", 66, 0, 100,
            [new("Troubleshooting", 60), new("Cluster architecture", 40)], Now));
        await WriteAsync(db => db.ExamTemplates.Add(t));
        return t.Id;
    }

    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static GivenProgramme ProgrammeOf(GivenPerson person) =>
        person.Programme ?? throw new InvalidOperationException($"{person} has no place in a programme: make them a mentor, mentee or coordinator first.");
}
