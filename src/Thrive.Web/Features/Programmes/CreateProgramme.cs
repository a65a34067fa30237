using Thrive.Web.Features.Intake;

namespace Thrive.Web.Features.Programmes;

/// <summary>An admin creates a programme and names its coordinators, who are invited in the same transaction.</summary>
public static class CreateProgramme
{
    /// <summary>The programme's settings and its coordinators' addresses (each entry may hold several, separated by commas).</summary>
    public sealed record Request : ProgrammeSettings
    {
        public IReadOnlyList<string>? CoordinatorEmails { get; init; }

        /// <summary>The addresses, however they were typed: one per entry (API) or a list in one field (the form).</summary>
        public IReadOnlyList<string> Coordinators() => (CoordinatorEmails ?? [])
            .SelectMany(e => (e ?? "").Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, Invite.Handler invite)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Installation.Administer, Guid.Empty, ct)).Denied is { } denied) return denied;
            var emails = r.Coordinators();
            var v = new Validate().That(emails.Count > 0, nameof(Request.CoordinatorEmails), "Name at least one coordinator.");
            foreach (var e in emails) v.Email(nameof(Request.CoordinatorEmails), e, $"Coordinator \"{Truncate(e)}\"");
            var created = Programme.Create(r.ToDetails(), reader.UtcNow);
            var errors = created.Errors.Concat(v.Errors).ToArray();
            if (errors.Length > 0) return Result<Guid>.Fail(errors);

            var programme = created.Value!;
            programme.SetStatus(r.Status);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(ct);
            foreach (var email in emails)
            {
                var invited = await invite.HandleAsync(actor, programme.Id, new Invite.Request { Email = email, Role = ParticipantRole.Coordinator }, ct);
                if (!invited.Succeeded) return Result<Guid>.Fail(invited.Errors);
            }
            await tx.CommitAsync(ct);
            return programme.Id;
        }

        private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;
    }
}
