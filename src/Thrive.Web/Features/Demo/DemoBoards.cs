namespace Thrive.Web.Features.Demo;

/// <summary>
/// Kanban boards for the demo mentees. The front-end developer has ten weeks of history in which her cycle time
/// falls from about six days to about one and a half, as the seed's SMART goal hopes; the others have small boards.
/// </summary>
internal sealed class DemoBoards(ThriveDbContext db, Guid programmeId, DateTimeOffset now)
{
    private static readonly string[] FrontEndWork =
    [
        "Refactor the navbar into a component", "Write tests for the signup form", "Fix focus order in the modal", "Add dark-mode tokens",
        "Review a teammate's pull request", "Update CV: projects section", "LinkedIn headline and summary", "Portfolio: case study outline",
        "Portfolio: case study draft", "Lazy-load images on the gallery", "Replace moment.js with date-fns", "Pair on the checkout bug",
        "Accessibility audit of the footer", "Storybook stories for buttons", "Write a short post on CSS grid", "Clean up unused CSS",
        "Skeleton loaders for the dashboard", "Form errors announced to screen readers", "Responsive table for the orders page",
        "Debounce the search box", "Unit tests for the date picker", "Colour contrast fixes in the header", "Extract a Card component",
        "Read: the React docs on effects", "Remove the jQuery carousel", "Lighthouse run and notes", "Error boundary for the profile page",
        "Print styles for invoices", "Pair on the flaky end-to-end test", "Icon set as SVG sprites", "Document the spacing scale",
        "Ask a senior to review my portfolio", "Fix layout shift on the landing page",
    ];

    public void Add(IReadOnlyDictionary<string, ThriveUser> people, IReadOnlyDictionary<string, Guid> mainGoals)
    {
        var lerato = people["mentee@thrive.test"].Id;
        var (board, columns) = Start(lerato);
        var (todo, doing, done) = (columns[0], columns[1], columns[2]);
        var rng = new Random(12);
        var goal = mainGoals["mentee@thrive.test"];
        var n = 0; // 33 cards of history, each with its own title (FrontEndWork holds 37)
        // Ten weeks back: three or four tasks a week, each finished faster than the last as the board habit sets in.
        for (var week = 10; week >= 1; week--)
        {
            var perWeek = week % 3 == 0 ? 4 : 3;
            for (var i = 0; i < perWeek; i++)
            {
                var created = now.AddDays(-7 * week - 2 + i).AddHours(9);
                var cycleDays = 1.2 + (0.5 * week) + (rng.NextDouble() * 0.8);
                var started = created.AddHours(4 + rng.Next(0, 20));
                var finished = started.AddDays(cycleDays);
                if (finished > now.AddHours(-1)) finished = now.AddHours(-1);
                AddTask(board, goal, FrontEndWork[n++], created, (todo, created), (doing, started), (done, finished));
            }
        }
        // On the board today: work waiting, work in progress (one card too big) and a fresh one.
        AddTask(board, goal, "Portfolio: publish the case study", now.AddDays(-3), (todo, now.AddDays(-3)));
        AddTask(board, goal, "Ask for feedback on my CV", now.AddDays(-1), (todo, now.AddDays(-1)));
        AddTask(board, null, "Book the team retro room", now.AddHours(-20), (todo, now.AddHours(-20)));
        AddTask(board, goal, "Migrate the design system to CSS variables", now.AddDays(-9), (todo, now.AddDays(-9)), (doing, now.AddDays(-7)));
        AddTask(board, goal, "Add keyboard shortcuts to the editor", now.AddDays(-2), (todo, now.AddDays(-2)), (doing, now.AddDays(-1)));

        Small("dsa.mentee@thrive.test", mainGoals, ["Problem set: two pointers", "Problem set: sliding window", "Problem set: binary search", "Problem set: trees"], done: 3);
        Small("aws.mentee@thrive.test", mainGoals, ["Watch the IAM module", "Practice test 1", "Practice test 2", "Book the exam date"], done: 2);
        Small("careers.mentee@thrive.test", mainGoals, ["Coffee with a product manager", "Shadow a UX research session", "Chat with the data team lead", "Ask DevRel about talks"], done: 3);
        Small("bookclub.mentee@thrive.test", mainGoals, ["Read chapter 3", "Try one brave conversation", "Prepare book club questions"], done: 1);
        Small("patterns.mentee@thrive.test", mainGoals, ["Observer pattern kata", "Strategy pattern in the pricing code", "Write down three stressors", "Weekend off: no laptop"], done: 2);

        void Small(string email, IReadOnlyDictionary<string, Guid> goals, string[] titles, int done)
        {
            var (b, cols) = Start(people[email].Id);
            for (var i = 0; i < titles.Length; i++)
            {
                var created = now.AddDays(-20 + (i * 4));
                if (i < done) AddTask(b, goals[email], titles[i], created, (cols[0], created), (cols[1], created.AddDays(1)), (cols[2], created.AddDays(2.5)));
                else if (i == done) AddTask(b, goals[email], titles[i], created, (cols[0], created), (cols[1], created.AddDays(1)));
                else AddTask(b, goals[email], titles[i], created, (cols[0], created));
            }
        }
    }

    private (TaskBoard Board, IReadOnlyList<BoardColumn> Columns) Start(Guid owner)
    {
        var (board, columns) = TaskBoard.Start(programmeId, owner, now.AddDays(-75));
        db.Boards.Add(board);
        db.BoardColumns.AddRange(columns);
        return (board, columns);
    }

    private int order;

    /// <summary>A card created in the first column of <paramref name="path"/> and moved through the rest, with its history.</summary>
    private void AddTask(TaskBoard board, Guid? goalId, string title, DateTimeOffset created, params (BoardColumn Column, DateTimeOffset At)[] path)
    {
        var task = BoardTask.Create(board.Id, path[0].Column, goalId, title, null, null, 0, created).Value!;
        db.TaskMoves.Add(TaskMove.Of(task.Id, null, path[0].Column, board.OwnerId, created));
        for (var i = 1; i < path.Length; i++)
        {
            // Later cards sit higher in their column, so Done shows the most recent first.
            var move = task.Move(path[i - 1].Column, path[i].Column, 10_000 - order++, 0, task.Version, board.OwnerId, path[i].At).Value!;
            db.TaskMoves.Add(move);
        }
        db.Tasks.Add(task);
    }
}
