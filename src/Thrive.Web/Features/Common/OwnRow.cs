using System.Linq.Expressions;

namespace Thrive.Web.Features.Common;

/// <summary>
/// A person's own row on something (their charter, check or closing in a pair, their private note on a session): the
/// stored one, or a new one added to the context, so that the first save creates it.
/// </summary>
public static class OwnRow
{
    public static async Task<T> FindOrStartAsync<T>(DbSet<T> rows, Expression<Func<T, bool>> mine, Func<T> start, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(start);
        var row = await rows.FirstOrDefaultAsync(mine, ct);
        if (row is null) { row = start(); rows.Add(row); }
        return row;
    }
}
