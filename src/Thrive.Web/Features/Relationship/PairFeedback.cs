using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Relationship;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// Situation-Impact-Action feedback between the two members of a pair, both ways, newest first. Private to the
/// pair: coordinators and admins do not read it.
/// </summary>
public static class PairFeedback
{
    public const int PageSize = 20;

    public sealed record Item(Guid Id, bool FromMe, string GiverName, FeedbackKind Kind, string Situation, string Impact, string Action,
        DateTimeOffset GivenAt, DateTimeOffset? AcknowledgedAt, string Reply, DateTimeOffset? RepliedAt);

    public sealed record View(PairFacts Pair, PairSide Side, string PartnerName, Page<Item> Items);

    public sealed record Request(FeedbackKind Kind, string? Situation, string? Impact, string? Action);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock)
    {
        public async Task<Result<View>> ListAsync(Actor actor, Guid pairId, int? page, CancellationToken ct)
        {
            var (denied, a) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var request = PageRequest.Of(page, PageSize);
            var query = db.Feedback.AsNoTracking().Where(f => f.PairId == pairId);
            var total = await query.CountAsync(ct);
            var me = actor.UserId;
            var items = await query.OrderByDescending(f => f.GivenAt).ThenBy(f => f.Id).Skip(request.Skip).Take(request.Size)
                .Select(f => new Item(f.Id, f.GiverId == me, "", f.Kind, f.Situation, f.Impact, f.Action, f.GivenAt, f.AcknowledgedAt, f.Reply, f.RepliedAt))
                .ToListAsync(ct);
            items = items.Select(i => i with { GiverName = i.FromMe ? "You" : pair.NameOf(pair.PartnerOf(me)) }).ToList();
            return new View(pair, a.Side, pair.NameOf(pair.PartnerOf(me)), new Page<Item>(items, request.Number, request.Size, total));
        }

        public async Task<Result<Guid>> GiveAsync(Actor actor, Guid pairId, Request r, CancellationToken ct)
        {
            var (denied, _) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var feedback = Feedback.Give(pairId, actor.UserId, pair.PartnerOf(actor.UserId), r.Kind, r.Situation, r.Impact, r.Action, clock.GetUtcNow());
            if (!feedback.Succeeded) return Result<Guid>.Fail(feedback.Errors);
            if (pair.RefuseUnlessActive() is { } ended) return ended;
            db.Feedback.Add(feedback.Value!);
            await db.SaveChangesAsync(ct);
            return feedback.Value!.Id;
        }

        public Task<Result<Unit>> AcknowledgeAsync(Actor actor, Guid pairId, Guid feedbackId, CancellationToken ct) =>
            ChangeAsync(actor, pairId, feedbackId, f => f.Acknowledge(actor.UserId, clock.GetUtcNow()), ct);

        public Task<Result<Unit>> ReplyAsync(Actor actor, Guid pairId, Guid feedbackId, string? reply, CancellationToken ct) =>
            ChangeAsync(actor, pairId, feedbackId, f => f.Respond(actor.UserId, reply, clock.GetUtcNow()), ct);

        private async Task<Result<Unit>> ChangeAsync(Actor actor, Guid pairId, Guid feedbackId, Func<Feedback, Result<Unit>> change, CancellationToken ct)
        {
            var (denied, _) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var feedback = await db.Feedback.FirstOrDefaultAsync(f => f.Id == feedbackId && f.PairId == pairId, ct);
            if (feedback is null) return Error.NotFound("Feedback");
            if ((await PairFacts.LoadAsync(db, pairId, ct)).RefuseUnlessActive() is { } ended) return ended;
            var r = change(feedback);
            if (!r.Succeeded) return r;
            await db.SaveChangesAsync(ct);
            return r;
        }
    }
}
