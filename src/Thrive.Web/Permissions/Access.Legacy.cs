using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Pairs;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;

using Thrive.Web.Infrastructure;

namespace Thrive.Web.Permissions;

// The checks before the policy table; each area moves to Access.CheckAsync with a Policy permission, then this goes.
public sealed partial class Access
{
    public async Task<ProgrammeAccess> ForProgrammeAsync(Actor actor, Guid programmeId, CancellationToken ct)
    {
        var exists = await db.Programmes.AnyAsync(p => p.Id == programmeId, ct);
        if (!exists) return ProgrammeAccess.Missing;
        var place = await db.Participants.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && p.UserId == actor.UserId)
            .Select(p => new { p.Role, p.Status })
            .FirstOrDefaultAsync(ct);
        return new ProgrammeAccess(true, actor.IsAdmin, place?.Role, place?.Status);
    }

    /// <summary>Null when the person runs this programme; otherwise the error to answer with (404 or 403).</summary>
    public async Task<Error?> CheckManageAsync(Actor actor, Guid programmeId, CancellationToken ct)
    {
        var a = await ForProgrammeAsync(actor, programmeId, ct);
        return !a.Exists ? Error.NotFound("Programme") : !a.CanManage ? Error.Forbidden() : null;
    }

    public async Task<PairAccess> ForPairAsync(Actor actor, Guid pairId, CancellationToken ct)
    {
        var pair = await db.Pairs.AsNoTracking()
            .Where(p => p.Id == pairId)
            .Select(p => new
            {
                p.ProgrammeId, p.MentorId, p.MenteeId,
                IsCoordinator = db.Participants.Any(x => x.ProgrammeId == p.ProgrammeId && x.UserId == actor.UserId
                    && x.Role == ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted),
            })
            .FirstOrDefaultAsync(ct);
        if (pair is null) return PairAccess.Missing;
        var side = pair.MentorId == actor.UserId ? PairSide.Mentor : pair.MenteeId == actor.UserId ? PairSide.Mentee : PairSide.None;
        return new PairAccess(true, pair.ProgrammeId, side, pair.IsCoordinator, actor.IsAdmin);
    }

    /// <summary>Null when the actor is the mentor or mentee of the pair; otherwise the error to answer with (404 or 403).</summary>
    public async Task<(Error? Denied, PairAccess Access)> CheckPairMemberAsync(Actor actor, Guid pairId, CancellationToken ct)
    {
        var a = await ForPairAsync(actor, pairId, ct);
        return (!a.Exists ? Error.NotFound("Pair") : !a.IsMember ? Error.Forbidden() : null, a);
    }

    /// <summary>What the actor may do with one person's goals and SWOT in one programme.</summary>
    public async Task<PersonAccess> ForPersonAsync(Actor actor, Guid ownerId, Guid programmeId, CancellationToken ct)
    {
        var me = actor.UserId;
        var isPartner = ownerId != me && await db.Pairs.AnyAsync(p => p.ProgrammeId == programmeId
            && (p.State == PairState.Active || p.State == PairState.Completed)
            && ((p.MentorId == me && p.MenteeId == ownerId) || (p.MenteeId == me && p.MentorId == ownerId)), ct);
        var isCoordinator = await db.Participants.AnyAsync(x => x.ProgrammeId == programmeId && x.UserId == me
            && x.Role == ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted, ct);
        return new PersonAccess(ownerId == me, isPartner, isCoordinator, actor.IsAdmin);
    }

    /// <summary>Access to a goal through its owner; Missing when there is no such goal.</summary>
    public async Task<(PersonAccess Access, Guid OwnerId, Guid ProgrammeId)> ForGoalAsync(Actor actor, Guid goalId, CancellationToken ct)
    {
        var goal = await db.Goals.Where(g => g.Id == goalId).Select(g => new { g.OwnerId, g.ProgrammeId }).FirstOrDefaultAsync(ct);
        if (goal is null) return (PersonAccess.Missing, Guid.Empty, Guid.Empty);
        return (await ForPersonAsync(actor, goal.OwnerId, goal.ProgrammeId, ct), goal.OwnerId, goal.ProgrammeId);
    }
}

public sealed record PersonAccess(bool IsOwner, bool IsPartner, bool IsCoordinator, bool IsAdmin, bool Exists = true)
{
    public static readonly PersonAccess Missing = new(false, false, false, false, false);

    /// <summary>Goals are shared with the pair and, read-only, with those who run the programme (to spot stalled pairs).</summary>
    public bool CanViewGoals => Exists && (IsOwner || IsPartner || IsCoordinator || IsAdmin);
    public bool CanEditGoals => Exists && IsOwner;
    public bool CanComment => Exists && (IsOwner || IsPartner);
    /// <summary>The partner confirms what the owner marked achieved.</summary>
    public bool CanConfirm => Exists && IsPartner;
    /// <summary>A SWOT is personal: the owner and their mentoring partner only.</summary>
    public bool CanViewSwot => Exists && (IsOwner || IsPartner);

    public Thrive.Domain.Common.Error? DenyUnless(bool allowed) =>
        !Exists ? Thrive.Domain.Common.Error.NotFound("Goal") : allowed ? null : Thrive.Domain.Common.Error.Forbidden();
}



public sealed record ProgrammeAccess(bool Exists, bool IsAdmin, ParticipantRole? Role, ApplicationStatus? Status)
{
    public static readonly ProgrammeAccess Missing = new(false, false, null, null);

    public bool IsCoordinator => Role == ParticipantRole.Coordinator && Status == ApplicationStatus.Accepted;
    /// <summary>Coordinators and admins run the programme: intake, pairs, settings.</summary>
    public bool CanManage => Exists && (IsAdmin || IsCoordinator);
    /// <summary>Anyone with a place in it (also while their application is open) sees the programme's own page.</summary>
    public bool CanView => Exists && (CanManage || (Role is not null && Status != ApplicationStatus.Declined));
    /// <summary>Invited and applied mentors and mentees may fill or revise their application.</summary>
    public bool CanApply => Exists && Role is ParticipantRole.Mentor or ParticipantRole.Mentee
        && Status is ApplicationStatus.Invited or ApplicationStatus.Applied;
}

public sealed record PairAccess(bool Exists, Guid ProgrammeId, PairSide Side, bool IsCoordinator, bool IsAdmin)
{
    public static readonly PairAccess Missing = new(false, Guid.Empty, PairSide.None, false, false);

    public bool IsMember => Side != PairSide.None;
    public bool CanManage => Exists && (IsCoordinator || IsAdmin);
    public bool CanView => Exists && (IsMember || CanManage);
}
