namespace Thrive.Web.Permissions;

/// <summary>
/// Answers "may this person do X to this resource?" with a <see cref="Policy"/> permission: it finds the reader's
/// <see cref="Tie"/>s to the resource (one indexed query, two for personal work found through its owner) and lets the
/// permission's rule decide. Handlers ask it first; pages and endpoints never check anything themselves.
/// </summary>
public sealed partial class Access(ThriveDbContext db, ProgrammePlaces places)
{
    /// <summary>Checks <paramref name="permission"/> on the resource <paramref name="id"/> points at (ignored for the installation).</summary>
    public async Task<Grant> CheckAsync(Actor actor, Permission permission, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(permission);
        var facts = permission.On switch
        {
            Resource.Installation => Facts.Of(Tie.None, Guid.Empty),
            Resource.Programme => await ProgrammeAsync(actor, id, ct),
            Resource.Pair => await PairAsync(actor, db.Pairs.Where(p => p.Id == id).Select(p => p.Id), null, null, ct),
            Resource.Session => await PairAsync(actor, db.Sessions.Where(s => s.Id == id).Select(s => s.PairId), null, null, ct),
            Resource.ActionItem => await PairAsync(actor, db.ActionItems.Where(i => i.Id == id).Select(i => i.PairId),
                await db.ActionItems.Where(i => i.Id == id).Select(i => (Guid?)i.OwnerId).FirstOrDefaultAsync(ct), null, ct),
            Resource.Feedback => await PairAsync(actor, db.Feedback.Where(f => f.Id == id).Select(f => f.PairId), null,
                await db.Feedback.Where(f => f.Id == id).Select(f => (Guid?)f.ReceiverId).FirstOrDefaultAsync(ct), ct),
            Resource.Goal => await OwnedAsync(actor, await GoalOwner(db, id, ct), ct),
            Resource.Swot => await OwnedAsync(actor, await db.SwotAnalyses.Where(a => a.Id == id).Select(a => new Owned(a.OwnerId, a.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.Board => await OwnedAsync(actor, await BoardOwner(db, id, ct), ct),
            Resource.Column => await OwnedAsync(actor, await db.BoardColumns.Where(c => c.Id == id && !c.IsDeleted)
                .Join(db.Boards, c => c.BoardId, b => b.Id, (c, b) => new Owned(b.OwnerId, b.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.Card => await OwnedAsync(actor, await db.Tasks.Where(t => t.Id == id)
                .Join(db.Boards, t => t.BoardId, b => b.Id, (t, b) => new Owned(b.OwnerId, b.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.Commitment => await OwnedAsync(actor, await db.Commitments.Where(c => c.Id == id).Select(c => new Owned(c.OwnerId, c.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.PracticeProblem => await OwnedAsync(actor, await db.PracticeProblems.Where(p => p.Id == id).Select(p => new Owned(p.OwnerId, p.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.RoleConversation => await OwnedAsync(actor, await db.RoleConversations.Where(c => c.Id == id).Select(c => new Owned(c.OwnerId, c.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.RoleQuestion => await OwnedAsync(actor, await db.RoleQuestions.Where(q => q.Id == id).Select(q => new Owned(q.OwnerId, q.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.EvidenceItem => await OwnedAsync(actor, await db.EvidenceItems.Where(e => e.Id == id).Select(e => new Owned(e.OwnerId, e.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.AssetVersion => await OwnedAsync(actor, await db.AssetVersions.Where(v => v.Id == id)
                .Join(db.CareerAssets, v => v.AssetId, a => a.Id, (v, a) => new Owned(a.OwnerId, a.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.WellbeingCheckIn => await SharedAsync(actor, await db.WellbeingCheckIns.Where(c => c.Id == id).Select(c => new SharedOwned(c.OwnerId, c.ProgrammeId, c.Shared)).FirstOrDefaultAsync(ct), ct),
            Resource.Stressor => await SharedAsync(actor, await db.Stressors.Where(c => c.Id == id).Select(c => new SharedOwned(c.OwnerId, c.ProgrammeId, c.Shared)).FirstOrDefaultAsync(ct), ct),
            Resource.Win => await SharedAsync(actor, await db.Wins.Where(c => c.Id == id).Select(c => new SharedOwned(c.OwnerId, c.ProgrammeId, c.Shared)).FirstOrDefaultAsync(ct), ct),
            Resource.ExamPracticeTest => await OwnedAsync(actor, await db.ExamPracticeTests.Where(t => t.Id == id).Select(t => new Owned(t.OwnerId, t.ProgrammeId)).FirstOrDefaultAsync(ct), ct),
            Resource.WebhookSubscription => await WebhookAsync(actor, id, ct),
            Resource.Group => await GroupAsync(actor, id, ct),
            Resource.MentorRequest => await MentorRequestAsync(actor, id, ct),
            Resource.Person => throw new ArgumentException("A person's work is addressed by owner and programme: use CheckPersonAsync.", nameof(permission)),
            _ => throw new ArgumentOutOfRangeException(nameof(permission), permission.On, "No way to find ties to this resource."),
        };
        return Grant.Of(permission, facts, actor.IsAdmin);
    }

    /// <summary>Checks a permission on a person's work in one programme (their goals or commitments as a whole).</summary>
    public async Task<Grant> CheckPersonAsync(Actor actor, Permission permission, Guid ownerId, Guid programmeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(permission);
        if (permission.On != Resource.Person) throw new ArgumentException("Only permissions on a person's work.", nameof(permission));
        return Grant.Of(permission, await OwnedAsync(actor, new Owned(ownerId, programmeId), ct), actor.IsAdmin);
    }

    /// <summary>
    /// The reader's own place to take part in (the one named, or their newest), checked against
    /// <see cref="Policy.Programme.TakePart"/>: no accepted mentor or mentee place is a refusal.
    /// </summary>
    public async Task<Result<ProgrammePlaces.Place>> OwnPlaceAsync(Actor actor, Guid? programmeId, CancellationToken ct)
    {
        var place = await places.FindAsync(actor.UserId, programmeId, ct);
        var grant = Grant.Of(Policy.Programme.TakePart, Facts.Of(place is null ? Tie.None : Tie.Participant, place?.ProgrammeId ?? Guid.Empty), actor.IsAdmin);
        return grant.Denied is { } denied ? denied : place!;
    }

    private sealed record Owned(Guid OwnerId, Guid ProgrammeId);

    private sealed record OwnerTiesRow(bool IsPartner, bool IsCoordinator);

    // The checks most pages make, compiled once per process: building, hashing and looking up their expression trees on
    // every request cost more server time than running them (docs/performance.md).
    private static readonly Func<ThriveDbContext, Guid, Guid, Guid, CancellationToken, Task<OwnerTiesRow?>> OwnerTies = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid programmeId, Guid owner, Guid me, CancellationToken ct) => db.Programmes.Where(p => p.Id == programmeId)
            .Select(p => new OwnerTiesRow(
                owner != me && db.Pairs.Any(x => x.ProgrammeId == p.Id && (x.State == PairState.Active || x.State == PairState.Completed)
                    && ((x.MentorId == me && x.MenteeId == owner) || (x.MenteeId == me && x.MentorId == owner))),
                db.Participants.Any(x => x.ProgrammeId == p.Id && x.UserId == me && x.Role == ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted)))
            .FirstOrDefault());

    private static readonly Func<ThriveDbContext, Guid, CancellationToken, Task<Owned?>> GoalOwner = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid id, CancellationToken ct) => db.Goals.Where(g => g.Id == id).Select(g => new Owned(g.OwnerId, g.ProgrammeId)).FirstOrDefault());

    private static readonly Func<ThriveDbContext, Guid, CancellationToken, Task<Owned?>> BoardOwner = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid id, CancellationToken ct) => db.Boards.Where(b => b.Id == id).Select(b => new Owned(b.OwnerId, b.ProgrammeId)).FirstOrDefault());

    private sealed record SharedOwned(Guid OwnerId, Guid ProgrammeId, bool Shared);

    /// <summary>Ties to a wellbeing entry: as to the owner's work, and SharedWith for their partner while the owner shares it.</summary>
    private async Task<Facts?> SharedAsync(Actor actor, SharedOwned? entry, CancellationToken ct)
    {
        if (entry is null) return null;
        var facts = await OwnedAsync(actor, new Owned(entry.OwnerId, entry.ProgrammeId), ct);
        return facts is not null && entry.Shared && (facts.Ties & Tie.Partner) != Tie.None ? facts with { Ties = facts.Ties | Tie.SharedWith } : facts;
    }

    /// <summary>Ties to a webhook: Owner of one's own, Coordinator of a programme's (the one who made it has no more say than the others).</summary>
    private async Task<Facts?> WebhookAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var me = actor.UserId;
        var row = await db.WebhookSubscriptions.Where(w => w.Id == id)
            .Select(w => new
            {
                w.ProgrammeId, w.OwnerId,
                IsCoordinator = w.ProgrammeId != null && db.Participants.Any(x => x.ProgrammeId == w.ProgrammeId && x.UserId == me
                    && x.Role == ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var ties = row.ProgrammeId is null ? (row.OwnerId == me ? Tie.Owner : Tie.None) : (row.IsCoordinator ? Tie.Coordinator : Tie.None);
        return new Facts(ties, row.ProgrammeId ?? Guid.Empty, OwnerId: row.OwnerId);
    }

    private async Task<Facts?> ProgrammeAsync(Actor actor, Guid programmeId, CancellationToken ct)
    {
        var row = await db.Programmes.Where(p => p.Id == programmeId)
            .Select(p => new
            {
                Place = db.Participants.Where(x => x.ProgrammeId == p.Id && x.UserId == actor.UserId)
                    .Select(x => new { x.Role, x.Status }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var ties = Tie.None;
        if (row.Place is { } place)
        {
            if (place.Status != ApplicationStatus.Declined) ties |= Tie.Member;
            if (place.Role == ParticipantRole.Coordinator && place.Status == ApplicationStatus.Accepted) ties |= Tie.Coordinator;
            if (place.Role != ParticipantRole.Coordinator) ties |= Tie.Applicant;
            if (place.Role != ParticipantRole.Coordinator && place.Status == ApplicationStatus.Accepted) ties |= Tie.Participant;
        }
        return Facts.Of(ties, programmeId);
    }

    /// <summary>Ties to a mentor request: the mentee's (Owner), the mentor's once it reached them (Receiver), its programme's coordinators'.</summary>
    private async Task<Facts?> MentorRequestAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var me = actor.UserId;
        var row = await db.MentorRequests.Where(r => r.Id == id)
            .Select(r => new
            {
                r.ProgrammeId, r.MenteeId, Reached = r.MentorId == me && r.SentAt != null,
                IsCoordinator = db.Participants.Any(x => x.ProgrammeId == r.ProgrammeId && x.UserId == me
                    && x.Role == ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var ties = (row.MenteeId == me ? Tie.Owner : Tie.None) | (row.Reached ? Tie.Receiver : Tie.None) | (row.IsCoordinator ? Tie.Coordinator : Tie.None);
        return new Facts(ties, row.ProgrammeId, OwnerId: row.MenteeId);
    }

    /// <summary>Ties to a group: member and facilitator, coordinator of its programme, mentor or mentee who may join it.</summary>
    private async Task<Facts?> GroupAsync(Actor actor, Guid groupId, CancellationToken ct)
    {
        var me = actor.UserId;
        var row = await db.Groups.Where(g => g.Id == groupId)
            .Select(g => new
            {
                g.ProgrammeId,
                Role = db.GroupMembers.Where(m => m.GroupId == g.Id && m.UserId == me).Select(m => (GroupRole?)m.Role).FirstOrDefault(),
                IsCoordinator = g.ProgrammeId != null && db.Participants.Any(x => x.ProgrammeId == g.ProgrammeId && x.UserId == me
                    && x.Role == ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted),
                IsParticipant = db.Participants.Any(x => (g.ProgrammeId == null || x.ProgrammeId == g.ProgrammeId) && x.UserId == me
                    && x.Role != ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var ties = Tie.None;
        if (row.Role is not null) ties |= Tie.GroupMember;
        if (row.Role == GroupRole.Facilitator) ties |= Tie.Facilitator;
        if (row.IsCoordinator) ties |= Tie.Coordinator;
        if (row.IsParticipant) ties |= Tie.Participant;
        return Facts.Of(ties, row.ProgrammeId ?? Guid.Empty);
    }

    /// <summary>Ties to a pair (found through <paramref name="pairId"/>), plus ownership of an item or receipt of feedback.</summary>
    private async Task<Facts?> PairAsync(Actor actor, IQueryable<Guid> pairId, Guid? itemOwner, Guid? receiver, CancellationToken ct)
    {
        var me = actor.UserId;
        var pair = await db.Pairs.Where(p => pairId.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.ProgrammeId, p.MentorId, p.MenteeId,
                IsCoordinator = db.Participants.Any(x => x.ProgrammeId == p.ProgrammeId && x.UserId == me
                    && x.Role == ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted),
            })
            .FirstOrDefaultAsync(ct);
        if (pair is null) return null;
        var ties = Tie.None;
        if (pair.MentorId == me) ties |= Tie.Mentor;
        if (pair.MenteeId == me) ties |= Tie.Mentee;
        if (pair.IsCoordinator) ties |= Tie.Coordinator;
        if (itemOwner == me) ties |= Tie.Owner;
        if (receiver == me) ties |= Tie.Receiver;
        return new Facts(ties, pair.ProgrammeId, PairId: pair.Id, Side: pair.MentorId == me ? PairSide.Mentor : pair.MenteeId == me ? PairSide.Mentee : PairSide.None);
    }

    /// <summary>Ties to a person's work: theirs, their mentoring partner's (active or completed pair), or their programme's coordinators'.</summary>
    private async Task<Facts?> OwnedAsync(Actor actor, Owned? owned, CancellationToken ct)
    {
        if (owned is null) return null;
        var (owner, programmeId, me) = (owned.OwnerId, owned.ProgrammeId, actor.UserId);
        var ties = owner == me ? Tie.Owner : Tie.None;
        var row = await OwnerTies(db, programmeId, owner, me, ct);
        if (row?.IsPartner == true) ties |= Tie.Partner;
        if (row?.IsCoordinator == true) ties |= Tie.Coordinator;
        return new Facts(ties, programmeId, OwnerId: owner);
    }
}

/// <summary>Which side of a pair the reader is on.</summary>
public enum PairSide { None, Mentor, Mentee }

/// <summary>What Access found about a resource: the reader's ties and the ids it passed on the way.</summary>
public sealed record Facts(Tie Ties, Guid ProgrammeId, Guid OwnerId = default, Guid PairId = default, PairSide Side = PairSide.None)
{
    public static Facts Of(Tie ties, Guid programmeId) => new(ties, programmeId);
}

/// <summary>
/// The answer to one check: whether the resource exists, the reader's ties to it and the facts found on the way.
/// <see cref="Denied"/> is the error to answer with (not found, or forbidden); <see cref="May"/> asks about another
/// permission on the same resource without a second query (to show or hide a button).
/// </summary>
public sealed record Grant(Permission Permission, bool Exists, Tie Ties, Guid ProgrammeId, Guid OwnerId, Guid PairId, PairSide Side)
{
    internal static Grant Of(Permission permission, Facts? facts, bool isAdmin) => facts is null
        ? new(permission, false, Tie.None, Guid.Empty, Guid.Empty, Guid.Empty, PairSide.None)
        : new(permission, true, facts.Ties | (isAdmin ? Tie.Admin : Tie.None), facts.ProgrammeId, facts.OwnerId, facts.PairId, facts.Side);

    public bool Allowed => Exists && Permission.Rule.Allows(Ties);

    /// <summary>Null when allowed; otherwise "not found" for a missing resource and "forbidden" for one the reader may not touch.</summary>
    public Error? Denied => !Exists ? Error.NotFound(Label(Permission.On)) : Allowed ? null : Error.Forbidden();

    /// <summary>Whether the reader may also do <paramref name="other"/> to the same resource (ties found once serve both).</summary>
    public bool May(Permission other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Family(other.On) != Family(Permission.On))
            throw new ArgumentException($"A grant on {Permission.On} cannot answer for {other.On}.", nameof(other));
        return Exists && other.Rule.Allows(Ties);
    }

    /// <summary>
    /// Resources whose ties are found the same way: a person's work, or a pair with its sessions and action items (an
    /// action item's own grant adds Owner, so a session's grant can only under-answer a rule that needs it: safe).
    /// </summary>
    private static Resource Family(Resource r) => r switch
    {
        Resource.Goal or Resource.Swot or Resource.Board or Resource.Card or Resource.Column or Resource.Commitment or Resource.PracticeProblem
            or Resource.RoleConversation or Resource.RoleQuestion or Resource.EvidenceItem or Resource.AssetVersion or Resource.WellbeingCheckIn or Resource.Stressor or Resource.Win or Resource.ExamPracticeTest => Resource.Person,
        Resource.Session or Resource.ActionItem => Resource.Pair,
        _ => r,
    };

    public bool Has(Tie tie) => (Ties & tie) != Tie.None;

    private static string Label(Resource r) => r switch
    {
        Resource.ActionItem => "Action item",
        Resource.Swot => "SWOT",
        Resource.Card => "Task",
        Resource.PracticeProblem => "Problem",
        Resource.RoleConversation => "Conversation",
        Resource.RoleQuestion => "Question",
        Resource.EvidenceItem => "Evidence",
        Resource.AssetVersion => "Version",
        Resource.WellbeingCheckIn => "Check-in",
        Resource.ExamPracticeTest => "Practice test",
        Resource.WebhookSubscription => "Webhook",
        Resource.Installation => "Installation",
        _ => r.ToString(),
    };
}
