namespace Thrive.Web.Features.Intake;

/// <summary>
/// A coordinator imports mentors and mentees from a CSV file, all or nothing: a file with any bad row imports nothing
/// and every bad row and column is listed. People without an account get one without a password and an invitation.
/// </summary>
public static class ImportParticipants
{
    public sealed record Request
    {
        public IFormFile? File { get; init; }
    }

    /// <summary>How many were imported and invited, or (with nothing imported) every problem found.</summary>
    public sealed record ImportResult(int Imported, int Invited, IReadOnlyList<ParticipantsCsv.RowError> Problems);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, Mailer mailer, LinkBuilder links)
    {
        public async Task<Result<ImportResult>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Application.Review, programmeId, ct)).Denied is { } denied) return denied;
            if (r.File is not { Length: > 0 } file) return Error.Validation(nameof(Request.File), "Choose a CSV file to import.");
            var tooLarge = $"The file is larger than {ParticipantsCsv.MaxBytes / 1024} KB; split it.";
            if (file.Length > ParticipantsCsv.MaxBytes) return Error.Validation(nameof(Request.File), tooLarge);

            using var text = new StreamReader(file.OpenReadStream());
            var csv = await text.ReadToEndAsync(ct);
            if (csv.Length > ParticipantsCsv.MaxBytes) return new ImportResult(0, 0, [new ParticipantsCsv.RowError(0, "", tooLarge)]);
            var (rows, problems) = ParticipantsCsv.Parse(csv);
            if (problems.Count == 0) problems.AddRange(await AlreadyPlacedAsync(programmeId, rows, ct));
            if (problems.Count > 0) return new ImportResult(0, 0, problems);

            var now = reader.UtcNow;
            var emails = rows.Select(x => EmailAddress.Normalise(x.Email)).ToList();
            var existing = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id, ct);
            var invitations = new List<(string Email, string Token)>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                var key = EmailAddress.Normalise(row.Email);
                if (!existing.TryGetValue(key, out var userId))
                {
                    userId = Guid.NewGuid();
                    db.Users.Add(new ThriveUser
                    {
                        Id = userId, UserName = row.Email, NormalizedUserName = key, Email = row.Email, NormalizedEmail = key,
                        EmailConfirmed = true, DisplayName = row.Name, TimeZone = row.Answers.TimeZone, CreatedAt = now,
                        LockoutEnabled = true, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                    });
                    var token = Tokens.New();
                    db.Invitations.Add(Invitation.Create(row.Email, programmeId, row.Role, Tokens.Hash(token), actor.UserId, now));
                    invitations.Add((row.Email, token));
                }
                db.Participants.Add(Participant.Apply(programmeId, userId, row.Role, row.Answers, now).Value!);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);

            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            await mailer.SendManyAsync(invitations.Select(i => new OutgoingMail(i.Email, $"Join {name} on Thrive",
                $"Hello,\n\nYour coordinator has added you to the mentoring programme \"{name}\". Choose your password here (the link works once and expires in 7 days):\n\n" +
                $"{links.Absolute($"/Account/Invitation?token={i.Token}")}\n\nThrive")).ToList(), ct);
            return new ImportResult(rows.Count, invitations.Count, []);
        }

        /// <summary>Rows whose address already has a place in the programme.</summary>
        private async Task<List<ParticipantsCsv.RowError>> AlreadyPlacedAsync(Guid programmeId, List<ParticipantsCsv.Row> rows, CancellationToken ct)
        {
            var emails = rows.Select(x => EmailAddress.Normalise(x.Email)).ToList();
            var taken = await db.Participants.Where(p => p.ProgrammeId == programmeId)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => u.NormalizedEmail)
                .Where(e => emails.Contains(e!)).ToListAsync(ct);
            var set = taken.ToHashSet(StringComparer.Ordinal);
            return rows.Where(x => set.Contains(EmailAddress.Normalise(x.Email)))
                .Select(x => new ParticipantsCsv.RowError(x.Line, "email", $"{x.Email} already has a place in this programme.")).ToList();
        }
    }
}
