using System.Globalization;

namespace Thrive.Web.Features.Exams;

/// <summary>What the readiness numbers say, in one set of words for the page, the rhythm's items and the API.</summary>
public static class ExamWords
{
    public static string Day(DateOnly d) => d.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string Forecast(Forecast f, Exam exam, string you = "you")
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(exam);
        var threshold = $"the practice threshold of {exam.ThresholdPercent}%";
        return f.Kind switch
        {
            ForecastKind.NotEnoughScores => $"No forecast yet: it needs at least {Readiness.MinScores} practice tests on different days ({f.Scores} so far).",
            ForecastKind.AtThreshold => $"The trend of practice scores is at {threshold} already; the exam is on {Day(exam.ExamOn)}.",
            ForecastKind.Rising when f.BeforeExam(exam.ExamOn) =>
                $"At the current trend (+{Points(f.Slope)} a week) {you} pass {threshold} around {Day(f.ReachesOn!.Value)}; the exam is on {Day(exam.ExamOn)}.",
            ForecastKind.Rising =>
                $"At the current trend (+{Points(f.Slope)} a week) {you} pass {threshold} around {Day(f.ReachesOn!.Value)}, after the exam on {Day(exam.ExamOn)}: more practice on the weakest domain, or a later date, would help.",
            _ => $"No honest forecast: practice scores are not rising ({Points(f.Slope)} a week over {f.Scores} tests). The weakest domain is the place to start.",
        };
    }

    public static string Points(double perWeek) => string.Create(CultureInfo.InvariantCulture, $"{perWeek:0.#} points");

    public static string Minutes(int minutes) => minutes < 60 ? $"{minutes} min" : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60:00} min");
}
