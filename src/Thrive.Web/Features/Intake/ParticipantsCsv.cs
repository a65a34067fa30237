using Thrive.Web.Permissions;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Accounts;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Intake;

/// <summary>
/// CSV import and export of a programme's mentors and mentees. Import is all-or-nothing: a file with any bad
/// row imports nothing and every bad row and column is listed.
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

    public sealed record ImportResult(int Imported, int Invited, IReadOnlyList<RowError> Problems);

    private sealed record Row(int Line, string Email, string Name, ParticipantRole Role, ApplicationAnswers Answers);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock, Mailer mailer, LinkBuilder links, AuditLog audit)
    {
        public async Task<Result<ImportResult>> ImportAsync(Actor actor, Guid programmeId, Stream file, CancellationToken ct)
        {
            if (await access.CheckManageAsync(actor, programmeId, ct) is { } denied) return denied;

            using var reader = new StreamReader(file);
            var text = await reader.ReadToEndAsync(ct);
            if (text.Length > MaxBytes) return new ImportResult(0, 0, [new RowError(0, "", $"The file is larger than {MaxBytes / 1024} KB; split it.")]);
            var (rows, problems) = Parse(text);
            if (problems.Count == 0) problems.AddRange(await CheckAgainstDatabaseAsync(programmeId, rows, ct));
            if (problems.Count > 0) return new ImportResult(0, 0, problems);

            var now = clock.GetUtcNow();
            var emails = rows.Select(r => EmailAddress.Normalise(r.Email)).ToList();
            var existing = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id, ct);
            var invitations = new List<(string Email, string Token)>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var r in rows)
            {
                var key = EmailAddress.Normalise(r.Email);
                if (!existing.TryGetValue(key, out var userId))
                {
                    userId = Guid.NewGuid();
                    db.Users.Add(new ThriveUser
                    {
                        Id = userId, UserName = r.Email, NormalizedUserName = key, Email = r.Email, NormalizedEmail = key,
                        EmailConfirmed = true, DisplayName = r.Name, TimeZone = r.Answers.TimeZone, CreatedAt = now,
                        LockoutEnabled = true, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                    });
                    var token = Tokens.New();
                    db.Invitations.Add(Invitation.Create(r.Email, programmeId, r.Role, Tokens.Hash(token), actor.UserId, now));
                    invitations.Add((r.Email, token));
                }
                db.Participants.Add(Participant.Apply(programmeId, userId, r.Role, r.Answers, now).Value!);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);

            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            await mailer.SendManyAsync(invitations.Select(i => new OutgoingMail(i.Email, $"Join {name} on Thrive",
                $"Hello,\n\nYour coordinator has added you to the mentoring programme \"{name}\". Choose your password here (the link works once and expires in 7 days):\n\n" +
                $"{links.Absolute($"/Account/Invitation?token={i.Token}")}\n\nThrive")).ToList(), ct);
            return new ImportResult(rows.Count, invitations.Count, []);
        }

        private static (List<Row> Rows, List<RowError> Problems) Parse(string text)
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

        private async Task<List<RowError>> CheckAgainstDatabaseAsync(Guid programmeId, List<Row> rows, CancellationToken ct)
        {
            var emails = rows.Select(r => EmailAddress.Normalise(r.Email)).ToList();
            var taken = await db.Participants.Where(p => p.ProgrammeId == programmeId)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => u.NormalizedEmail)
                .Where(e => emails.Contains(e!)).ToListAsync(ct);
            var set = taken.ToHashSet(StringComparer.Ordinal);
            return rows.Where(r => set.Contains(EmailAddress.Normalise(r.Email)))
                .Select(r => new RowError(r.Line, "email", $"{r.Email} already has a place in this programme.")).ToList();
        }

        public async Task<Result<string>> ExportAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if (await access.CheckManageAsync(actor, programmeId, ct) is { } denied) return denied;
            var rows = await db.Participants.AsNoTracking().Where(p => p.ProgrammeId == programmeId && p.Role != ParticipantRole.Coordinator)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.Role, p.Status, p.Answers, u.Email, u.DisplayName })
                .OrderBy(x => x.Role).ThenBy(x => x.DisplayName)
                .ToListAsync(ct);
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            foreach (var c in Columns) csv.WriteField(c);
            await csv.NextRecordAsync();
            foreach (var r in rows)
            {
                var x = r.Answers;
                foreach (var v in new object[] { r.Email ?? "", r.DisplayName, r.Role.ToString().ToLowerInvariant(), x.YearsInField, x.TechStack, FocusText(x.Focus),
                    x.Availability, x.Location, x.TimeZone, x.Interests, x.Motivation, x.Capacity, x.ManagesTeam, x.Team, x.ManagerEmail, r.Status.ToString().ToLowerInvariant() })
                    csv.WriteField(SafeCell(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""));
                await csv.NextRecordAsync();
            }
            await csv.FlushAsync();
            var name = await db.Programmes.Where(g => g.Id == programmeId).Select(g => g.Name).FirstAsync(ct);
            audit.Record(actor, AuditActions.ProgrammeExported, programmeId, name, programmeId, $"{rows.Count} participants");
            await db.SaveChangesAsync(ct);
            return writer.ToString();
        }
    }

    public static string FocusText(Focus f) => string.Join(';', new[] { Focus.Technical, Focus.Career, Focus.Personal }
        .Where(x => f.HasFlag(x)).Select(x => x.ToString().ToLowerInvariant()));

    /// <summary>Cells that a spreadsheet would run as a formula get a leading apostrophe.</summary>
    private static string SafeCell(string s) => s.Length > 0 && "=+-@\t\r".Contains(s[0], StringComparison.Ordinal) ? "'" + s : s;

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
