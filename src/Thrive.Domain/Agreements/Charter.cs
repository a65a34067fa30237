namespace Thrive.Domain.Agreements;

/// <summary>The answers of a relationship charter; each side of a pair fills their own.</summary>
public sealed record CharterAnswers(
    string Background, string Values, string PetPeeves, string WouldNotGuess, string FavouriteBook, string FavouriteFilm,
    string FavouriteQuote, string OutsideWork, string Focus, string Expectations)
{
    public const int TextMax = 1000;

    public static readonly CharterAnswers Empty = new("", "", "", "", "", "", "", "", "", "");

    public IReadOnlyList<Error> Validate()
    {
        var v = new Validate();
        foreach (var (name, value) in Fields()) v.MaxLength(name, value, Label(name), TextMax);
        return v.Errors;
    }

    public CharterAnswers Normalised() => new(T(Background), T(Values), T(PetPeeves), T(WouldNotGuess), T(FavouriteBook), T(FavouriteFilm),
        T(FavouriteQuote), T(OutsideWork), T(Focus), T(Expectations));

    public int Answered => Fields().Count(f => !string.IsNullOrWhiteSpace(f.Value));

    public IEnumerable<(string Name, string Value)> Fields()
    {
        yield return (nameof(Background), Background);
        yield return (nameof(Values), Values);
        yield return (nameof(PetPeeves), PetPeeves);
        yield return (nameof(WouldNotGuess), WouldNotGuess);
        yield return (nameof(FavouriteBook), FavouriteBook);
        yield return (nameof(FavouriteFilm), FavouriteFilm);
        yield return (nameof(FavouriteQuote), FavouriteQuote);
        yield return (nameof(OutsideWork), OutsideWork);
        yield return (nameof(Focus), Focus);
        yield return (nameof(Expectations), Expectations);
    }

    /// <summary>The question each field answers, in Thrive's words.</summary>
    public static string Label(string field) => field switch
    {
        nameof(Background) => "Your background: where you come from and how you got into tech",
        nameof(Values) => "Three values that matter most to you",
        nameof(PetPeeves) => "Pet peeves",
        nameof(WouldNotGuess) => "Something your partner would never guess about you",
        nameof(FavouriteBook) => "Favourite book",
        nameof(FavouriteFilm) => "Favourite film or series",
        nameof(FavouriteQuote) => "A quote you like",
        nameof(OutsideWork) => "What you do outside work",
        nameof(Focus) => "What you want to focus on in this relationship",
        _ => "What you expect from your partner",
    };

    private static string T(string? s) => (s ?? "").Trim();
}

/// <summary>One side's charter in a pair.</summary>
public sealed class RelationshipCharter
{
    private RelationshipCharter() { Answers = CharterAnswers.Empty; }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    public Guid AuthorId { get; private set; }
    public CharterAnswers Answers { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static RelationshipCharter Start(Guid pairId, Guid authorId) => new() { Id = Guid.NewGuid(), PairId = pairId, AuthorId = authorId };

    public Result<Unit> Save(CharterAnswers answers, DateTimeOffset now)
    {
        var errors = answers.Validate();
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Answers = answers.Normalised();
        UpdatedAt = now;
        return Result.Ok();
    }
}
