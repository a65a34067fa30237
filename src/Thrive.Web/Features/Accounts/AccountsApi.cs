using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Accounts;

/// <summary>The signed-in person under /api/v1.</summary>
public static class AccountsApi
{
    public sealed record Me(Guid Id, string DisplayName, string Email, string TimeZone, bool IsAdmin);

    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (HttpContext c, ThriveDbContext db, CancellationToken ct) =>
        {
            var id = c.User.Id();
            var me = await db.Users.Where(u => u.Id == id).Select(u => new Me(u.Id, u.DisplayName, u.Email!, u.TimeZone, u.IsAdmin)).FirstOrDefaultAsync(ct);
            return me is null ? Results.NotFound() : Results.Ok(me);
        }).WithName("GetMe").WithSummary("The signed-in person.");

        api.MapGet("/me/export", async (HttpContext c, PersonalData.Handler data, CancellationToken ct) =>
        {
            var r = await data.ExportAsync(c.User.Actor(), ct);
            return r.Succeeded ? Results.File(r.Value!, "application/json", "thrive-my-data.json") : r.Errors.ToProblem();
        }).WithName("ExportMyData").WithSummary("Everything Thrive holds about the signed-in person, as JSON (the same file as the download on /Account/Data).");

        return api;
    }
}
