using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Thrive.Web.Features.Intake;

/// <summary>
/// The CSV file of a programme's mentors and mentees that import reads and export writes: its columns, how a row is
/// read and checked, and how a cell is written safely.
/// </summary>
public static class ParticipantsCsv
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 2000;

    public static readonly string[] Columns =
    [
        "email", "name", "role", "years_in_field", "tech_stack", "focus", "availability", "location", "time_zone",
        "interests", "motivation", "capacity", "manages_team", "team", "manager_email", "status",
    ];

    private static readonly string[] Required = ["email", "name", "role"];

    private static readonly Dictionary<string, string> FieldToColumn = new(StringComparer.Ordinal)
    {
        ["YearsInField"] = "years_in_field", ["TechStack"] = "tech_stack", ["Focus"] = "focus", ["Availability"] = "availability",
        ["Location"] = "location", ["TimeZone"] = "time_zone", ["Interests"] = "interests", ["Motivation"] = "motivation",
        ["Capacity"] = "capacity", ["ManagesTeam"] = "manages_team", ["Team"] = "team", ["ManagerEmail"] = "manager_email",
    };

    /// <summary>One problem in the file: the 1-based line (the header is line 1), the column and what is wrong.</summary>
    public sealed record RowError(int Line, string Column, string Message);

    internal sealed record Row(int Line, string Email, string Name, ParticipantRole Role, ApplicationAnswers Answers);

    /// <summary>Reads every row; each bad cell is a problem with its line and column. Rows come back only when the file is clean.</summary>
    internal static (List<Row> Rows, List<RowError> Problems) Parse(string text)
    {
        var rows = new List<Row>();
        var problems = new List<RowError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = h => h.Header.Trim().ToLowerInvariant(), MissingFieldFound = null, BadDataFound = null,
            DetectDelimiter = true, TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(new StringReader(text), config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader()) return (rows, [new RowError(1, "", "The file is empty. The first line must be a header: " + string.Join(",", Columns))]);
            var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            foreach (var missing in Required.Where(c => !header.Contains(c)))
                problems.Add(new RowError(1, missing, $"The header has no \"{missing}\" column."));
            foreach (var unknown in header.Where(h => !Columns.Contains(h)))
                problems.Add(new RowError(1, unknown, $"Unknown column \"{unknown}\". Known columns: {string.Join(", ", Columns)}."));
            if (problems.Count > 0) return (rows, problems);

            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                if (rows.Count + problems.Count >= MaxRows) { problems.Add(new RowError(line, "", $"More than {MaxRows} rows; split the file.")); break; }
                string Get(string c) => header.Contains(c) ? (csv.GetField(c) ?? "").Trim() : "";
                if (header.All(c => Get(c).Length == 0)) continue;
                var rowProblems = new List<RowError>();
                var email = Get("email");
                if (!EmailAddress.IsValid(email)) rowProblems.Add(new RowError(line, "email", $"\"{Clip(email)}\" is not a valid email address."));
                else if (seen.TryGetValue(email, out var first)) rowProblems.Add(new RowError(line, "email", $"{email} is also on line {first}."));
                else seen[email] = line;
                var name = Get("name");
                if (name.Length == 0) rowProblems.Add(new RowError(line, "name", "A name is required."));
                else if (name.Length > ThriveUser.DisplayNameMax) rowProblems.Add(new RowError(line, "name", $"The name must be at most {ThriveUser.DisplayNameMax} characters."));
                var roleText = Get("role").ToLowerInvariant();
                ParticipantRole? role = roleText switch { "mentor" => ParticipantRole.Mentor, "mentee" => ParticipantRole.Mentee, _ => null };
                if (role is null) rowProblems.Add(new RowError(line, "role", $"Role must be \"mentor\" or \"mentee\", not \"{Clip(roleText)}\"."));
                var years = ParseInt(Get("years_in_field"), line, "years_in_field", rowProblems);
                var capacity = ParseInt(Get("capacity"), line, "capacity", rowProblems);
                var focus = ParseFocus(Get("focus"), line, rowProblems);
                var answers = new ApplicationAnswers(years, Get("tech_stack"), focus, Get("availability"), Get("location"),
                    Get("time_zone").Length == 0 ? "UTC" : Get("time_zone"), Get("interests"), Get("motivation"),
                    capacity, Get("manages_team"), Get("team"), Get("manager_email"));
                if (role is { } rr)
                {
                    foreach (var e in answers.Validate(rr).Where(e => rowProblems.All(p => p.Column != Column(e.Field))))
                        rowProblems.Add(new RowError(line, Column(e.Field), e.Message));
                }
                if (rowProblems.Count > 0) problems.AddRange(rowProblems);
                else rows.Add(new Row(line, email, name, role!.Value, answers.Normalised(role.Value)));
            }
        }
        catch (CsvHelperException ex)
        {
            problems.Add(new RowError(ex.Context?.Parser?.RawRow ?? 0, "", "The file is not valid CSV: " + ex.Message.Split('\n')[0]));
        }
        if (rows.Count == 0 && problems.Count == 0) problems.Add(new RowError(2, "", "The file has a header but no participants."));
        return (rows, problems);
    }

    public static string FocusText(Focus f) => string.Join(';', new[] { Focus.Technical, Focus.Career, Focus.Personal }
        .Where(x => f.HasFlag(x)).Select(x => x.ToString().ToLowerInvariant()));

    /// <summary>Cells that a spreadsheet would run as a formula get a leading apostrophe.</summary>
    internal static string SafeCell(string s) => CsvText.SafeCell(s);

    private static string Column(string? field) => field is not null && FieldToColumn.TryGetValue(field, out var c) ? c : field ?? "";

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static int ParseInt(string s, int line, string column, List<RowError> problems)
    {
        if (s.Length == 0) return 0;
        if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        problems.Add(new RowError(line, column, $"\"{Clip(s)}\" is not a whole number."));
        return 0;
    }

    private static Focus ParseFocus(string s, int line, List<RowError> problems)
    {
        var focus = Focus.None;
        foreach (var part in s.Split([';', '|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<Focus>(part, true, out var f) && f != Focus.None && Enum.IsDefined(f)) focus |= f;
            else problems.Add(new RowError(line, "focus", $"\"{Clip(part)}\" is not a focus; use technical, career or personal, separated by ;."));
        }
        return focus;
    }
}
