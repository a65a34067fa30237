using Microsoft.AspNetCore.Http.HttpResults;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Accounts;

/// <summary>The signed-in person under /api/v1.</summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (HttpContext c, GetMe.Handler h, CancellationToken ct) => Ok(await h.HandleAsync(c.User.Actor(), ct)))
            .WithName("GetMe").WithSummary("The signed-in person.");

        api.MapGet("/me/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (HttpContext c, PersonalData.Handler data, CancellationToken ct) =>
        {
            var r = await data.ExportAsync(c.User.Actor(), ct);
            return r.Succeeded ? TypedResults.File(r.Value!, "application/json", "thrive-my-data.json") : r.Errors.ToProblem();
        })
            .Produces<Stream>(StatusCodes.Status200OK, "application/json")
            .WithName("ExportMyData").WithSummary("Everything Thrive holds about the signed-in person, as a JSON file (the same file as the download on /Account/Data).");

        return api;
    }
}
