namespace Thrive.Web.Features.Groups;

/// <summary>
/// A programme's coordinator creates a group in it, or an admin a community group open to every programme, with its
/// first facilitators chosen among the mentors and mentees who may take part.
/// </summary>
public static class CreateGroup
{
    /// <summary>The form (and request body) for a new group; editing sends the same but for programme and facilitators.</summary>
    public sealed record Request
    {
        /// <summary>The programme the group belongs to; none for a community group (admins).</summary>
        public Guid? ProgrammeId { get; init; }
        public GroupKind Kind { get; init; } = GroupKind.BookClub;
        public string? Name { get; init; }
        public string? Purpose { get; init; }
        public int Capacity { get; init; } = 8;
        public JoinPolicy Join { get; init; } = JoinPolicy.Open;
        public string? BookTitle { get; init; }
        public string? BookAuthor { get; init; }
        public string? BookLink { get; init; }
        /// <summary>Accepted mentors or mentees of the programme (of any programme for a community group).</summary>
        public IReadOnlyList<Guid>? Facilitators { get; init; }

        public GroupDetails ToDetails() => new(Kind, Name ?? "", Purpose ?? "", Capacity, Join, BookTitle, BookAuthor, BookLink);

        public static Request From(Group g)
        {
            ArgumentNullException.ThrowIfNull(g);
            return new()
            {
                ProgrammeId = g.ProgrammeId, Kind = g.Kind, Name = g.Name, Purpose = g.Purpose, Capacity = g.Capacity, Join = g.Join,
                BookTitle = g.BookTitle, BookAuthor = g.BookAuthor, BookLink = g.BookLink,
            };
        }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = r.ProgrammeId is { } programmeId
                ? await access.CheckAsync(actor, Policy.Group.Create, programmeId, ct)
                : await access.CheckAsync(actor, Policy.Group.CreateCommunity, Guid.Empty, ct);
            if (grant.Denied is { } denied) return denied;
            var chosen = (r.Facilitators ?? []).Distinct().Take(GroupDetails.CapacityMax).ToList();
            var eligible = await GroupCandidates.Of(db, r.ProgrammeId).Where(p => chosen.Contains(p.UserId)).Select(p => p.UserId).Distinct().ToListAsync(ct);
            var made = Group.Create(r.ProgrammeId, r.ToDetails(), chosen, actor.UserId, reader.UtcNow);
            var errors = made.Errors.ToList();
            if (chosen.Count > eligible.Count && errors.All(e => e.Field != "Facilitators"))
                errors.Add(Error.Validation("Facilitators", r.ProgrammeId is null
                    ? "Facilitators must be mentors or mentees of a programme."
                    : "Facilitators must be mentors or mentees of this programme."));
            if (errors.Count > 0) return Result<Guid>.Fail(errors);
            var (group, members) = made.Value;
            db.Groups.Add(group);
            db.GroupMembers.AddRange(members);
            if (group.ProgrammeId is { } programme) db.WebhookEvents.Add(WebhookEvent.ForGroup(programme, group.Id, group.CreatedAt));
            await db.SaveChangesAsync(ct);
            return group.Id;
        }
    }
}

/// <summary>Who may be in a group: the accepted mentors and mentees of its programme, or of any programme for a community group.</summary>
public static class GroupCandidates
{
    public static IQueryable<Participant> Of(ThriveDbContext db, Guid? programmeId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Participants.Where(p => (programmeId == null || p.ProgrammeId == programmeId)
            && p.Status == ApplicationStatus.Accepted && p.Role != ParticipantRole.Coordinator);
    }
}
