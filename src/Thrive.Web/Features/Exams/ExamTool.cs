namespace Thrive.Web.Features.Exams;

/// <summary>
/// Exam preparation's open items for the rhythm: the exam coming up, a voucher about to expire, no practice test for two
/// weeks (home); the latest score against the threshold, the weakest domain and the forecast (agenda, for the mentor too);
/// the result or the readiness reached (journey). Two queries: the exam with its domains, and its latest practice tests.
/// </summary>
public sealed class ExamTool(ThriveDbContext db) : IStoryTool
{
    public const int SoonDays = 30;
    public const int VoucherDays = 30;
    public const int QuietDays = 14;
    private const int TestsRead = 20;

    public async Task<IReadOnlyList<ToolItem>> ItemsAsync(ToolReader reader, ToolItemPlace place, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var exam = await db.Exams.AsNoTracking().FirstOrDefaultAsync(e => e.OwnerId == reader.OwnerId && e.ProgrammeId == reader.ProgrammeId, ct);
        if (exam is null) return [];
        var tests = (await db.ExamPracticeTests.AsNoTracking().Where(t => t.ExamId == exam.Id).OrderByDescending(t => t.TakenOn).ThenByDescending(t => t.CreatedAt)
            .ThenBy(t => t.Id).Take(TestsRead).ToListAsync(ct)).AsEnumerable().Reverse().ToList();
        var today = reader.Today;
        var link = reader.IsOwner ? "/Exam" : $"/Exam?owner={reader.OwnerId}";
        var items = new List<ToolItem>();
        var title = exam.Code.Length > 0 ? exam.Code : exam.Name;
        var days = exam.ExamOn.DayNumber - today.DayNumber;
        if (exam.Outcome is null && days >= 0 && days <= SoonDays)
            items.Add(new("Exam", days == 0 ? $"{title} is today. Good luck!" : $"{title} is in {Days(days)}{(exam.Booked ? "" : ": it is not booked yet")}.", link,
                ToolItemPlace.Home, Urgency: days <= 7 ? 3 : 1));
        if (!exam.Booked && exam.VoucherExpiresOn is { } v && v >= today && v.DayNumber - today.DayNumber <= VoucherDays)
            items.Add(new("Exam", $"The voucher for {title} expires on {ExamWords.Day(v)}: book the exam before then.", link, ToolItemPlace.Home, Urgency: 2));
        var latest = tests.Count == 0 ? null : tests[^1];
        if (exam.Outcome is null && days > 0 && (latest is null ? today.DayNumber - exam.PlanFrom.DayNumber >= QuietDays : today.DayNumber - latest.TakenOn.DayNumber >= QuietDays))
            items.Add(new("Exam", latest is null ? $"No practice test yet for {title}: one shows where you stand." : $"No practice test for {title} since {ExamWords.Day(latest.TakenOn)}: one shows where you stand now.",
                link, ToolItemPlace.Home, Urgency: 1));

        if (latest is not null)
        {
            var standings = Readiness.Standings(exam.Domains.OrderBy(d => d.Position).Select(d => (d.Id, d.Name, d.Weight)).ToList(), tests.Select(t => t.Scores).ToList());
            var weakest = Readiness.Weakest(standings);
            items.Add(new("Exam", $"Latest practice score {latest.Percent}% ({ExamWords.Day(latest.TakenOn)}) against a threshold of {exam.ThresholdPercent}%"
                + (weakest is null ? "." : $"; weakest domain: {weakest.Name} ({weakest.Average:0}%)."), link, ToolItemPlace.Agenda, Urgency: 1));
            var forecast = Readiness.Forecast(tests.Select(t => new ScorePoint(t.TakenOn, t.Percent)).ToList(), exam.ThresholdPercent, today);
            if (exam.Outcome is null) items.Add(new("Exam", ExamWords.Forecast(forecast, exam, reader.IsOwner ? "you" : "they"), link, ToolItemPlace.Agenda));
        }
        items.Add(new("Exam", exam.Outcome switch
        {
            ExamOutcome.Passed => $"Passed {title} with {exam.ResultScore} (passing {exam.PassingScore}).",
            ExamOutcome.Failed => $"Took {title}: {exam.ResultScore}, short of the passing {exam.PassingScore}; the practice and the domains to revisit are known now.",
            _ => latest is null ? $"Preparing for {title} on {ExamWords.Day(exam.ExamOn)}." : $"Preparing for {title} on {ExamWords.Day(exam.ExamOn)}: practice scores at {latest.Percent}% against a threshold of {exam.ThresholdPercent}%.",
        }, link, ToolItemPlace.Journey));
        return items;
    }

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
