using Microsoft.EntityFrameworkCore;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Paging without a stable order returns whatever rows the database likes, differently on SQLite and PostgreSQL:
/// every test host turns EF Core's warning for Skip/Take without OrderBy into an error, so each test is also this check.
/// </summary>
public sealed class QueryOrderTests : WebTest
{
    [Fact]
    public async Task A_query_that_takes_rows_without_an_order_fails_in_the_tests()
    {
        var given = Given.In(App);
        var pair = await given.PairAsync(await given.ProgrammeAsync());
        await given.GoalAsync(pair.Mentee);
        await given.GoalAsync(pair.Mentor);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(db => db.Goals.Take(5).ToListAsync(Ct)));
        Assert.Contains("RowLimitingOperationWithoutOrderByWarning", error.Message, StringComparison.Ordinal);

        Assert.Equal(2, (await App.WithDbAsync(db => db.Goals.OrderBy(g => g.Id).Take(5).ToListAsync(Ct))).Count);
    }
}
