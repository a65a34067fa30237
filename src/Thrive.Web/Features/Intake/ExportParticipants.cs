using System.Globalization;
using CsvHelper;

namespace Thrive.Web.Features.Intake;

/// <summary>A programme's mentors and mentees with their answers and status as CSV, in the columns import reads; audited.</summary>
public static class ExportParticipants
{
    public sealed class Handler(ThriveDbContext db, Access access, AuditLog audit)
    {
        public async Task<Result<string>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Application.Review, programmeId, ct)).Denied is { } denied) return denied;
            var rows = await db.Participants.AsNoTracking().Where(p => p.ProgrammeId == programmeId && p.Role != ParticipantRole.Coordinator)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.Role, p.Status, p.Answers, u.Email, u.DisplayName })
                .OrderBy(x => x.Role).ThenBy(x => x.DisplayName)
                .ToListAsync(ct);
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            foreach (var c in ParticipantsCsv.Columns) csv.WriteField(c);
            await csv.NextRecordAsync();
            foreach (var r in rows)
            {
                var x = r.Answers;
                foreach (var v in new object[] { r.Email ?? "", r.DisplayName, r.Role.ToString().ToLowerInvariant(), x.YearsInField, x.TechStack, ParticipantsCsv.FocusText(x.Focus),
                    x.Availability, x.Location, x.TimeZone, x.Interests, x.Motivation, x.Capacity, x.ManagesTeam, x.Team, x.ManagerEmail, r.Status.ToString().ToLowerInvariant() })
                    csv.WriteField(ParticipantsCsv.SafeCell(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""));
                await csv.NextRecordAsync();
            }
            await csv.FlushAsync();
            var name = await db.Programmes.Where(g => g.Id == programmeId).Select(g => g.Name).FirstAsync(ct);
            audit.Record(actor, AuditActions.ProgrammeExported, programmeId, name, programmeId, $"{rows.Count} participants");
            await db.SaveChangesAsync(ct);
            return writer.ToString();
        }
    }
}
