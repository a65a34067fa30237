namespace Thrive.Web.Features.Common;

/// <summary>
/// What the use cases that add one row share once access is granted and the domain has made the row (or refused):
/// the refusal is the answer, or the row is added and saved.
/// </summary>
public static class NewRow
{
    public static async Task<Result<Unit>> AddAsync<T>(ThriveDbContext db, Result<T> made, CancellationToken ct) where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(made);
        if (!made.Succeeded) return Result<Unit>.Fail(made.Errors);
        db.Add(made.Value!);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
