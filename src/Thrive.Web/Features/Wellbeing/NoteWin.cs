namespace Thrive.Web.Features.Wellbeing;

/// <summary>The reader writes down a win, optionally with the doubting voice it answers; private until shared.</summary>
public static class NoteWin
{
    public sealed record Request
    {
        public string? Text { get; init; }
        /// <summary>The imposter thought this win answers ("I'm not a real developer"), if any.</summary>
        public string? Doubt { get; init; }
        /// <summary>The reader's day of the win; today when left out.</summary>
        public DateOnly? On { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var win = Win.Note(place.Value!.ProgrammeId, actor.UserId, new WinDetails(r.Text ?? "", r.Doubt, r.On ?? reader.Today), reader.Today, reader.UtcNow);
            var added = await NewRow.AddAsync(db, win, ct);
            return added.Succeeded ? win.Value!.Id : Result<Guid>.Fail(added.Errors);
        }
    }
}
