namespace Thrive.Web.Features.Relationship;

/// <summary>A member saves their own answers to the midpoint check (at least one question answered).</summary>
public static class SaveCheck
{
    /// <summary>The five questions of the check, each optional, at least one answered.</summary>
    public sealed record Request
    {
        public string? Expectations { get; init; }
        public string? Working { get; init; }
        public string? Change { get; init; }
        public string? Goals { get; init; }
        public string? Vibe { get; init; }

        public static Request From(CheckAnswers a)
        {
            ArgumentNullException.ThrowIfNull(a);
            return new() { Expectations = a.Expectations, Working = a.Working, Change = a.Change, Goals = a.Goals, Vibe = a.Vibe };
        }

        public CheckAnswers ToAnswers() => new(Expectations ?? "", Working ?? "", Change ?? "", Goals ?? "", Vibe ?? "");
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Check.Write, pairId, ct)).Denied is { } denied) return denied;
            return await OwnCheck.ChangeAsync(db, actor.UserId, pairId, c => c.Save(r.ToAnswers(), reader.UtcNow), ct);
        }
    }
}
