using Thrive.Domain.Common;
using Thrive.Domain.Exams;
using Thrive.Domain.Reminders;

namespace Thrive.Domain.Tests;

public sealed class ExamTests
{
    private static readonly DateOnly Today = new(2027, 2, 10); // a Wednesday
    private static readonly DateTimeOffset Now = new(2027, 2, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DomainWeight[] Saa = [new("Secure", 30), new("Resilient", 26), new("High-performing", 24), new("Cost-optimised", 20)];

    private static ExamDetails Saac03(DateOnly? on = null, int passing = 720, int min = 100, int max = 1000, IReadOnlyList<DomainWeight>? domains = null, DateOnly? voucher = null) =>
        new("Amazon Web Services", "AWS Certified Solutions Architect - Associate", "SAA-C03", on ?? Today.AddDays(38), voucher, passing, min, max, false, domains ?? Saa,
            "IAM\nVPC\n\nS3");

    private static Exam NewExam(ExamDetails? d = null) => Exam.SetUp(Guid.NewGuid(), Guid.NewGuid(), d ?? Saac03(), Today, Now).Value!;

    private static List<ScorePoint> Weekly(params int[] scores) => scores.Select((s, i) => new ScorePoint(Today.AddDays(-7 * (scores.Length - 1 - i)), s)).ToList();

    private static string[] Fields(IReadOnlyList<Error> errors) => errors.Select(e => e.Field!).ToArray();

    [Fact]
    public void A_rising_trend_forecasts_the_day_it_reaches_the_threshold()
    {
        // +3 points a week from 60% today: 72% is 4 weeks away.
        var f = Readiness.Forecast(Weekly(51, 54, 57, 60), 72, Today);
        Assert.Equal(ForecastKind.Rising, f.Kind);
        Assert.Equal(3.0, f.Slope, 3);
        Assert.Equal(Today.AddDays(28), f.ReachesOn);
        Assert.True(f.BeforeExam(Today.AddDays(38)));
        Assert.False(f.BeforeExam(Today.AddDays(20)));
    }

    [Fact]
    public void The_forecast_follows_the_least_squares_line_not_the_last_score()
    {
        // A lucky last test (70) does not move the forecast as far as it would alone: the line through all four does.
        var f = Readiness.Forecast(Weekly(50, 56, 55, 70), 72, Today);
        Assert.Equal(ForecastKind.Rising, f.Kind);
        Assert.Equal(5.9, f.Slope, 1); // through (0,50) (7,56) (14,55) (21,70): 206.5 / 245 = 0.843 a day
        Assert.Equal(Today.AddDays(7), f.ReachesOn); // the line is at 66.6% today, not at 70%
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 60 })]
    [InlineData(new[] { 55, 60 })]
    public void Fewer_than_three_scores_give_no_forecast(int[] scores)
    {
        var f = Readiness.Forecast(Weekly(scores), 72, Today);
        Assert.Equal(ForecastKind.NotEnoughScores, f.Kind);
        Assert.Null(f.ReachesOn);
        Assert.Equal(scores.Length, f.Scores);
    }

    [Fact]
    public void Three_scores_on_one_day_are_no_trend()
    {
        var f = Readiness.Forecast([new(Today, 50), new(Today, 60), new(Today, 55)], 72, Today);
        Assert.Equal(ForecastKind.NotEnoughScores, f.Kind);
    }

    [Theory]
    [InlineData(new[] { 60, 60, 60, 60 })]
    [InlineData(new[] { 66, 63, 60, 58 })]
    [InlineData(new[] { 60, 60, 61, 60 })] // rising a hair: a date would be a guess
    public void A_flat_or_falling_trend_says_so_instead_of_a_date(int[] scores)
    {
        var f = Readiness.Forecast(Weekly(scores), 72, Today);
        Assert.Equal(ForecastKind.FlatOrFalling, f.Kind);
        Assert.Null(f.ReachesOn);
        Assert.False(f.BeforeExam(Today.AddDays(100)));
    }

    [Fact]
    public void A_trend_slower_than_a_year_to_the_threshold_gives_no_date()
    {
        var f = Readiness.Forecast(Weekly(40, 40, 41, 41, 42), 90, Today); // about half a point a week from 42% to 90%
        Assert.Equal(ForecastKind.FlatOrFalling, f.Kind);
    }

    [Fact]
    public void A_trend_already_above_the_threshold_is_at_it()
    {
        var f = Readiness.Forecast(Weekly(70, 74, 78), 72, Today);
        Assert.Equal(ForecastKind.AtThreshold, f.Kind);
        Assert.True(f.BeforeExam(Today));
    }

    [Fact]
    public void The_weakest_domain_is_the_lowest_average_of_its_latest_three_scores()
    {
        var e = NewExam();
        var d = e.Domains.OrderBy(x => x.Position).Select(x => (x.Id, x.Name, x.Weight)).ToList();
        IReadOnlyList<DomainScore> Test(int secure, int resilient, int? performing = null) =>
            new List<DomainScore> { new(d[0].Id, secure), new(d[1].Id, resilient) }.Concat(performing is { } p ? [new DomainScore(d[2].Id, p)] : []).ToList();
        // Resilient was weak early (20) but its latest three average 66; Secure's latest three average 60.
        var standings = Readiness.Standings(d, [Test(90, 20), Test(60, 60, 80), Test(60, 66), Test(60, 72)]);
        Assert.Equal(60, standings[0].Average);
        Assert.Equal(66, standings[1].Average);
        Assert.Equal(80, standings[2].Average);
        Assert.Equal(1, standings[2].Scored);
        Assert.Null(standings[3].Average);
        Assert.Equal("Secure", Readiness.Weakest(standings)!.Name);
    }

    [Fact]
    public void Between_equally_weak_domains_the_heavier_one_is_weakest_and_none_before_any_domain_score()
    {
        var d = new List<(Guid, string, int)> { (Guid.NewGuid(), "Light", 10), (Guid.NewGuid(), "Heavy", 40) };
        var standings = Readiness.Standings(d, [[new(d[0].Item1, 50), new(d[1].Item1, 50)]]);
        Assert.Equal("Heavy", Readiness.Weakest(standings)!.Name);
        Assert.Null(Readiness.Weakest(Readiness.Standings(d, [[]])));
    }

    [Fact]
    public void An_exam_keeps_its_domains_in_order_with_the_threshold_as_a_share_of_the_scale()
    {
        var e = NewExam();
        Assert.Equal(["Secure", "Resilient", "High-performing", "Cost-optimised"], e.Domains.OrderBy(x => x.Position).Select(x => x.Name));
        Assert.Equal(72, e.ThresholdPercent);
        Assert.Equal(["IAM", "VPC", "S3"], e.PlanWeeks);
        Assert.Equal(0, e.PlanWeekOf(Today));
        Assert.Equal(2, e.PlanWeekOf(Today.AddDays(14)));
        Assert.Null(e.PlanWeekOf(Today.AddDays(21)));
    }

    [Fact]
    public void A_renamed_or_reweighted_domain_keeps_its_id_only_while_its_name_stays()
    {
        var e = NewExam();
        var secure = e.Domains.Single(x => x.Name == "Secure").Id;
        var cost = e.Domains.Single(x => x.Name == "Cost-optimised").Id;
        Assert.True(e.Change(Saac03(domains: [new("secure", 35), new("Resilient", 26), new("High-performing", 24), new("Cost", 15)]), Today, Now).Succeeded);
        Assert.Equal(secure, e.Domains.Single(x => x.Name == "secure").Id);
        Assert.Equal(35, e.Domains.Single(x => x.Id == secure).Weight);
        Assert.DoesNotContain(e.Domains, x => x.Id == cost);
    }

    [Theory]
    [InlineData(-1, 720, 100, 1000, "ExamOn")]        // in the past
    [InlineData(800, 720, 100, 1000, "ExamOn")]       // more than two years ahead
    [InlineData(30, 1200, 100, 1000, "PassingScore")] // above the scale
    [InlineData(30, 100, 100, 1000, "PassingScore")]  // at the bottom of the scale
    [InlineData(30, 50, 100, 50, "ScaleMax")]         // the scale runs backwards
    public void Bad_dates_and_scores_are_refused_by_field(int daysAhead, int passing, int min, int max, string field)
    {
        var r = Exam.SetUp(Guid.NewGuid(), Guid.NewGuid(), Saac03(Today.AddDays(daysAhead), passing, min, max), Today, Now);
        Assert.False(r.Succeeded);
        Assert.Contains(field, Fields(r.Errors));
    }

    public static TheoryData<DomainWeight[], string> BadDomains => new()
    {
        { [new("Secure", 30), new("Resilient", 30)], "add up to 100% (they add up to 60%)" },
        { [], "Add the exam's domains" },
        { [new("Secure", 50), new("secure", 50)], "same name" },
        { [new("", 100)], "needs a name" },
        { [new("Secure", 120), new("Resilient", -20)], "between 1 and 100" },
        { [new(new string('x', 151), 100)], "at most 150 characters" },
    };

    [Theory]
    [MemberData(nameof(BadDomains))]
    public void Domains_must_be_named_unique_and_weigh_100_in_all(DomainWeight[] domains, string message)
    {
        var r = Exam.SetUp(Guid.NewGuid(), Guid.NewGuid(), Saac03(domains: domains), Today, Now);
        Assert.Contains(r.Errors, e => e.Field == "Domains" && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_past_exam_date_that_was_already_kept_can_stay_when_other_fields_change()
    {
        var e = NewExam(Saac03(Today.AddDays(1), voucher: Today.AddDays(1)));
        Assert.True(e.Change(Saac03(Today.AddDays(1), voucher: Today.AddDays(1)) with { Booked = true }, Today.AddDays(3), Now).Succeeded);
        Assert.False(e.Change(Saac03(Today.AddDays(2)), Today.AddDays(3), Now).Succeeded);
        Assert.False(e.Change(Saac03(Today.AddDays(1), voucher: Today.AddDays(2)), Today.AddDays(3), Now).Succeeded);
    }

    [Fact]
    public void A_result_is_recorded_from_the_exam_day_on_the_scale_and_passes_at_the_passing_score()
    {
        var e = NewExam(Saac03(Today.AddDays(5)));
        Assert.Equal("ResultScore", e.RecordResult(760, Today.AddDays(4), Now).Errors.Single().Field);
        Assert.False(e.RecordResult(1001, Today.AddDays(5), Now).Succeeded);
        Assert.False(e.RecordResult(null, Today.AddDays(5), Now).Succeeded);
        Assert.True(e.RecordResult(720, Today.AddDays(5), Now).Succeeded);
        Assert.Equal(ExamOutcome.Passed, e.Outcome);
        Assert.True(e.Booked);
        Assert.True(e.RecordResult(719, Today.AddDays(6), Now).Succeeded);
        Assert.Equal(ExamOutcome.Failed, e.Outcome);
    }

    [Theory]
    [InlineData(120, 30, "Percent")]
    [InlineData(-5, 30, "Percent")]
    [InlineData(70, 130, "Scores")]
    public void A_practice_score_is_a_percentage(int overall, int domain, string field)
    {
        var e = NewExam();
        var r = ExamPracticeTest.Log(e, Today, overall, "Set 1", null, [new(e.Domains[0].Id, domain)], Today, Now);
        Assert.Equal([field], Fields(r.Errors));
    }

    [Fact]
    public void A_practice_test_scores_only_the_exam_s_own_domains_and_reads_its_scores_back()
    {
        var e = NewExam();
        Assert.Contains("Scores", Fields(ExamPracticeTest.Log(e, Today, 70, null, null, [new(Guid.NewGuid(), 50)], Today, Now).Errors));
        Assert.Contains("TakenOn", Fields(ExamPracticeTest.Log(e, Today.AddDays(1), 70, null, null, [], Today, Now).Errors));
        Assert.Contains("Note", Fields(ExamPracticeTest.Log(e, Today, 70, null, new string('n', 100_000), [], Today, Now).Errors));
        var t = ExamPracticeTest.Log(e, Today, 70, " Set 2 ", null, [new(e.Domains[1].Id, 55), new(e.Domains[0].Id, 80)], Today, Now).Value!;
        Assert.Equal([new DomainScore(e.Domains[1].Id, 55), new DomainScore(e.Domains[0].Id, 80)], t.Scores);
        Assert.Equal("Set 2", t.Source);
    }

    [Theory]
    [InlineData(-30)]
    [InlineData(0)]
    [InlineData(16 * 60 + 1)]
    public void Study_time_is_between_a_minute_and_sixteen_hours(int minutes)
    {
        Assert.Equal(["Minutes"], Fields(ExamStudyLog.Log(NewExam(), null, Today, minutes, null, Today, Now).Errors));
    }

    [Fact]
    public void A_template_holds_its_domains_and_follows_the_exam_s_rules()
    {
        var t = ExamTemplate.Create(Guid.NewGuid(), "The Linux Foundation", "Certified Kubernetes Administrator", "CKA", 66, 0, 100, [new("Troubleshooting", 30), new("Storage | data", 70)], Now);
        Assert.Equal([new DomainWeight("Troubleshooting", 30), new DomainWeight("Storage | data", 70)], t.Value!.Domains);
        Assert.Contains("PassingScore", Fields(ExamTemplate.Create(Guid.NewGuid(), "X", "Y", "", 120, 0, 100, [new("A", 100)], Now).Errors));
        Assert.Contains("Domains", Fields(ExamTemplate.Create(Guid.NewGuid(), "X", "Y", "", 70, 0, 100, [new("A", 90)], Now).Errors));
    }

    [Theory]
    [InlineData(9, null)]
    [InlineData(7, 7)]
    [InlineData(5, 7)]
    [InlineData(2, 7)]
    [InlineData(1, 1)]
    [InlineData(0, null)]
    public void An_exam_is_reminded_a_week_ahead_then_the_day_before(int daysLeft, int? stage)
    {
        Assert.Equal(stage, ReminderRules.ExamReminderStage(Today.AddDays(daysLeft), Today));
    }

    [Theory]
    [InlineData(15, false)]
    [InlineData(14, true)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void A_voucher_is_reminded_within_two_weeks_of_expiring(int daysLeft, bool due)
    {
        Assert.Equal(due, ReminderRules.IsVoucherExpiring(Today.AddDays(daysLeft), Today));
    }
}
