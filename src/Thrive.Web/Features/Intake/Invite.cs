namespace Thrive.Web.Features.Intake;

/// <summary>
/// A coordinator (or admin) invites an email address into a programme in a role. A new address gets a
/// single-use sign-up link valid for 7 days; an existing account gets its place and a note to apply.
/// </summary>
public static class Invite
{
    public sealed record Request
    {
        public string? Email { get; init; }
        public ParticipantRole Role { get; init; } = ParticipantRole.Mentee;
    }

    public sealed record Response(Guid? InvitationId, bool ExistingAccount, string Email);

    public sealed class Handler(ThriveDbContext db, Access access, Mailer mailer, ReaderClock reader, LinkBuilder links)
    {
        public async Task<Result<Response>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Programme.Manage, programmeId, ct)).Denied is { } denied) return denied;
            var v = new Validate().Email(nameof(Request.Email), r.Email?.Trim())
                .That(Enum.IsDefined(r.Role), nameof(Request.Role), "Choose a role.");
            if (!v.Ok) return Result<Response>.Fail(v.Errors);

            var email = r.Email!.Trim();
            var normalised = EmailAddress.Normalise(email);
            var now = reader.UtcNow;
            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            var user = await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => new { u.Id }).FirstOrDefaultAsync(ct);
            if (user is not null)
            {
                if (await db.Participants.AnyAsync(p => p.ProgrammeId == programmeId && p.UserId == user.Id, ct))
                    return Error.Validation(nameof(Request.Email), $"{email} already has a place in this programme.");
                db.Participants.Add(r.Role == ParticipantRole.Coordinator
                    ? Participant.Coordinator(programmeId, user.Id, now)
                    : Participant.Invited(programmeId, user.Id, r.Role, now));
                await db.SaveChangesAsync(ct);
                await mailer.SendAsync(new OutgoingMail(email, $"You're invited to {name}",
                    $"Hello,\n\nYou have been added to the mentoring programme \"{name}\" as a {Describe(r.Role)}.\n" +
                    (r.Role == ParticipantRole.Coordinator ? "" : "Sign in and fill in your application:\n") +
                    $"{links.Absolute($"/Programmes/{programmeId}")}\n\nThrive"), ct);
                return new Response(null, true, email);
            }

            var pending = await db.Invitations
                .Where(i => i.NormalisedEmail == normalised && i.ProgrammeId == programmeId && i.UsedAt == null && i.ExpiresAt > now)
                .Select(i => (DateTimeOffset?)i.CreatedAt).FirstOrDefaultAsync(ct);
            if (pending is not null)
                return Error.Validation(nameof(Request.Email), $"An invitation to {email} is already waiting (sent {pending:d MMM yyyy}).");

            var token = Tokens.New();
            var invitation = Invitation.Create(email, programmeId, r.Role, Tokens.Hash(token), actor.UserId, now);
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(ct);
            await mailer.SendAsync(new OutgoingMail(email, $"Join {name} on Thrive",
                $"Hello,\n\nYou are invited to join the mentoring programme \"{name}\" as a {Describe(r.Role)}.\n" +
                $"Choose your password here (the link works once and expires on {invitation.ExpiresAt:d MMMM yyyy}):\n\n" +
                $"{links.Absolute($"/Account/Invitation?token={token}")}\n\nThrive"), ct);
            return new Response(invitation.Id, false, email);
        }

        private static string Describe(ParticipantRole role) => role.ToString().ToLowerInvariant();
    }
}
