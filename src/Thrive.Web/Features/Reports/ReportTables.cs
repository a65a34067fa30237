using System.Globalization;

namespace Thrive.Web.Features.Reports;

/// <summary>
/// The report's tables as the page shows them and the CSV downloads carry them: one list of columns and rows of text
/// each, so that a download holds exactly what the page's table shows. A chart is drawn from its table.
/// </summary>
public static class ReportTables
{
    /// <param name="Key">The table's name in its download's address (<c>?table=sessions</c>).</param>
    /// <param name="Chart">The chart drawn from the table (<c>bar</c>, <c>line</c>), or null for none.</param>
    /// <param name="Series">The columns the chart draws, one series each; the first column is the chart's x axis.</param>
    public sealed record Table(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? Chart = null, IReadOnlyList<int>? Series = null);

    public static readonly string[] Keys = ["matching", "sessions", "phases", "goals", "ratings", "pairs"];

    public static string Number(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double? share) => share is { } s ? Math.Round(s * 100).ToString("0", CultureInfo.InvariantCulture) : "";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyList<Table> Of(GetProgrammeReport.View v)
    {
        var h = v.Headline;
        var m = h.Matching;
        var p = h.Pairs;
        var r = h.Ratings;
        return
        [
            new("matching", "Matching", ["Accepted mentees", "Matched mentees", "Matched (%)", "Median days to match"],
                m.AcceptedMentees > 0 || v.HasPairs ? [[Number(m.AcceptedMentees), Number(m.MatchedMentees), Percent(m.MatchedShare), Number(m.MedianDaysToMatch)]] : []),
            new("sessions", "Sessions planned and held per week", ["Week", "Week starts", "Phase", "Planned", "Held"],
                v.HasPairs ? v.Weeks.Select(w => (IReadOnlyList<string>)[Number(w.Number), Day(w.From), PhasePlan.Title(w.Phase), Number(w.Planned), Number(w.Held)]).ToList() : [],
                "bar", [3, 4]),
            new("phases", "Per phase", ["Phase", "From", "To", "Sessions planned", "Sessions held", "Goals achieved", "Pairs ended early"],
                v.HasPairs ? v.Phases.Select(x => (IReadOnlyList<string>)[x.Title, Day(x.From), Day(x.To), Number(x.SessionsPlanned), Number(x.SessionsHeld), Number(x.GoalsAchieved), Number(x.PairsEndedEarly)]).ToList() : []),
            new("goals", "Goals set and achieved by kind", ["Kind", "Set", "Active", "Achieved", "Dropped"],
                v.HasPairs ? h.Goals.Select(g => (IReadOnlyList<string>)[g.Kind.ToString(), Number(g.Set), Number(g.Active), Number(g.Achieved), Number(g.Dropped)]).ToList() : [],
                "bar", [1, 3]),
            new("ratings", "Session ratings: how many gave each score", ["Score", "Ratings"],
                r.Shown ? r.Counts.Select((n, i) => (IReadOnlyList<string>)[Number(SessionRating.MinScore + i), Number(n)]).ToList() : [],
                "bar", [1]),
            new("pairs", "Pairs by state", ["State", "Pairs"],
                v.HasPairs ? new (string, int)[] { ("Proposed", p.Proposed), ("Active", p.Active), ("Completed", p.Completed), ("Ended early", p.EndedEarly), ("Withdrawn before starting", p.Withdrawn) }
                    .Select(x => (IReadOnlyList<string>)[x.Item1, Number(x.Item2)]).ToList() : [],
                "bar", [1]),
        ];
    }

    /// <summary>Programmes side by side: one row per headline figure, one column per programme.</summary>
    public static Table Compare(IReadOnlyList<ReportFigures.Headline> columns)
    {
        (string, Func<ReportFigures.Headline, string>)[] figures =
        [
            ("Starts", h => Day(h.Programme.StartDate)),
            ("Weeks", h => Number(h.Programme.LengthWeeks)),
            ("Accepted mentees", h => Number(h.Matching.AcceptedMentees)),
            ("Matched (%)", h => Percent(h.Matching.MatchedShare)),
            ("Median days to match", h => Number(h.Matching.MedianDaysToMatch)),
            ("Sessions planned", h => Number(h.Sessions.Planned)),
            ("Sessions held", h => Number(h.Sessions.Held)),
            ("Goals set", h => Number(h.GoalsSet)),
            ("Goals achieved", h => Number(h.GoalsAchieved)),
            ("Average session rating", h => h.Ratings.Shown ? Number(h.Ratings.Average) : $"fewer than {SurveyAnonymity.MinimumPeople} raters"),
            ("Pairs active", h => Number(h.Pairs.Active)),
            ("Pairs completed", h => Number(h.Pairs.Completed)),
            ("Pairs ended early", h => Number(h.Pairs.EndedEarly)),
        ];
        return new("compare", "Programmes compared", ["Figure", .. columns.Select(c => c.Programme.Name)],
            figures.Select(f => (IReadOnlyList<string>)[f.Item1, .. columns.Select(f.Item2)]).ToList());
    }

    /// <summary>The table as CSV (RFC 4180, a header row first), each cell guarded against spreadsheet formulas.</summary>
    public static string Csv(Table table) => CsvText.Write(table.Columns, table.Rows);
}
