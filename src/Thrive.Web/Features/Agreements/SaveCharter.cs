namespace Thrive.Web.Features.Agreements;

/// <summary>A member saves their own relationship charter; their partner can read it from then on.</summary>
public static class SaveCharter
{
    /// <summary>The charter's answers, one per question (empty ones stay empty).</summary>
    public sealed record Request
    {
        public string? Background { get; init; }
        public string? Values { get; init; }
        public string? PetPeeves { get; init; }
        public string? WouldNotGuess { get; init; }
        public string? FavouriteBook { get; init; }
        public string? FavouriteFilm { get; init; }
        public string? FavouriteQuote { get; init; }
        public string? OutsideWork { get; init; }
        public string? Focus { get; init; }
        public string? Expectations { get; init; }

        public static Request From(CharterAnswers a)
        {
            ArgumentNullException.ThrowIfNull(a);
            return new()
            {
                Background = a.Background, Values = a.Values, PetPeeves = a.PetPeeves, WouldNotGuess = a.WouldNotGuess, FavouriteBook = a.FavouriteBook,
                FavouriteFilm = a.FavouriteFilm, FavouriteQuote = a.FavouriteQuote, OutsideWork = a.OutsideWork, Focus = a.Focus, Expectations = a.Expectations,
            };
        }

        public CharterAnswers ToAnswers() => new(Background ?? "", Values ?? "", PetPeeves ?? "", WouldNotGuess ?? "", FavouriteBook ?? "",
            FavouriteFilm ?? "", FavouriteQuote ?? "", OutsideWork ?? "", Focus ?? "", Expectations ?? "");
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Agreement.Write, pairId, ct)).Denied is { } denied) return denied;
            var charter = await OwnRow.FindOrStartAsync(db.Charters, c => c.PairId == pairId && c.AuthorId == actor.UserId,
                () => RelationshipCharter.Start(pairId, actor.UserId), ct);
            var saved = charter.Save(r.ToAnswers(), reader.UtcNow);
            if (!saved.Succeeded) return saved;
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
