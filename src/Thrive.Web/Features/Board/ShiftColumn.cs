namespace Thrive.Web.Features.Board;

/// <summary>The owner moves a column one place left or right; at either end nothing changes.</summary>
public static class ShiftColumn
{
    /// <summary>-1 for one place left, +1 for one place right.</summary>
    public sealed record Request
    {
        public int Direction { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid columnId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Board.ChangeColumn, columnId, ct)).Denied is { } denied) return denied;
            return await BoardColumnSet.ChangeAsync(db, columnId, (c, all) =>
            {
                var ordered = all.OrderBy(x => x.Position).ToList();
                var i = ordered.IndexOf(c);
                var j = i + Math.Sign(r.Direction);
                if (j < 0 || j >= ordered.Count) return Task.FromResult(Result.Ok());
                (ordered[i], ordered[j]) = (ordered[j], ordered[i]);
                for (var k = 0; k < ordered.Count; k++) if (ordered[k].Position != k) ordered[k].MoveTo(k);
                return Task.FromResult(Result.Ok());
            }, ct);
        }
    }
}
