namespace Thrive.Web.Features.Exams;

/// <summary>
/// A person's exam preparation as of the reader's today: the exam and its domains, the study plan's current week, study
/// minutes per domain, practice tests (newest 52) with the trend's forecast and each domain's standing, the weakest
/// domain, the result, and the comments. The owner and their mentor read it. A fixed number of queries.
/// </summary>
public static class GetExam
{
    public const int TestsShown = 52;
    public const int CommentsShown = 50;

    public sealed record StudyTotal(Guid? DomainId, int Minutes);

    /// <summary>One study session, as the newest few are listed (to correct or remove one typed wrongly).</summary>
    public sealed record StudySession(Guid Id, Guid? DomainId, DateOnly On, int Minutes, string Note);

    public const int StudyShown = 10;

    public sealed record CommentView(Guid Id, string Author, string Body, DateTimeOffset At);

    public sealed record View(Guid OwnerId, string OwnerName, bool IsOwner, bool CanComment, DateOnly Today, Exam? Exam,
        IReadOnlyList<ExamPracticeTest> Tests, IReadOnlyList<StudyTotal> Study, Forecast? Forecast, IReadOnlyList<DomainStanding> Standings,
        DomainStanding? Weakest, IReadOnlyList<CommentView> Comments, IReadOnlyList<StudySession> RecentStudy)
    {
        public ExamPracticeTest? Latest => Tests.Count == 0 ? null : Tests[^1];
        public int DaysToExam => Exam is null ? 0 : Exam.ExamOn.DayNumber - Today.DayNumber;
        public int StudyMinutes => Study.Sum(s => s.Minutes);
        public int MinutesOn(Guid? domainId) => Study.Where(s => s.DomainId == domainId).Sum(s => s.Minutes);
    }

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? ownerId, CancellationToken ct)
        {
            var found = await ExamOwner.FindAsync(places, access, actor, ownerId, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            var today = reader.Today;
            var name = await db.Users.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            var exam = await db.Exams.AsNoTracking().FirstOrDefaultAsync(e => e.OwnerId == o.OwnerId && e.ProgrammeId == o.ProgrammeId, ct);
            if (exam is null) return new View(o.OwnerId, name, o.IsOwner(actor), o.CanComment, today, null, [], [], null, [], null, [], []);
            var tests = (await db.ExamPracticeTests.AsNoTracking().Where(t => t.ExamId == exam.Id)
                .OrderByDescending(t => t.TakenOn).ThenByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Take(TestsShown).ToListAsync(ct)).AsEnumerable().Reverse().ToList();
            var study = await db.ExamStudyLogs.Where(s => s.ExamId == exam.Id).GroupBy(s => s.DomainId)
                .Select(g => new StudyTotal(g.Key, g.Sum(s => s.Minutes))).ToListAsync(ct);
            var recent = await db.ExamStudyLogs.Where(s => s.ExamId == exam.Id).OrderByDescending(s => s.StudiedOn).ThenByDescending(s => s.CreatedAt).ThenBy(s => s.Id)
                .Take(StudyShown).Select(s => new StudySession(s.Id, s.DomainId, s.StudiedOn, s.Minutes, s.Note)).ToListAsync(ct);
            var comments = await (
                from c in db.ExamComments
                where c.ExamId == exam.Id
                join u in db.Users on c.AuthorId equals u.Id
                orderby c.CreatedAt descending, c.Id
                select new CommentView(c.Id, u.DisplayName, c.Body, c.CreatedAt)).Take(CommentsShown).ToListAsync(ct);
            var forecast = Readiness.Forecast(tests.Select(t => new ScorePoint(t.TakenOn, t.Percent)).ToList(), exam.ThresholdPercent, today);
            var standings = Readiness.Standings(exam.Domains.OrderBy(d => d.Position).Select(d => (d.Id, d.Name, d.Weight)).ToList(), tests.Select(t => t.Scores).ToList());
            return new View(o.OwnerId, name, o.IsOwner(actor), o.CanComment, today, exam, tests, study, forecast, standings, Readiness.Weakest(standings), comments, recent);
        }
    }
}
