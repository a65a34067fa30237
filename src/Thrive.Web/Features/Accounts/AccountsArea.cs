using Microsoft.AspNetCore.Http.HttpResults;

namespace Thrive.Web.Features.Accounts;

/// <summary>Accounts: invitations accepted, sign-in, password reset, profile, first run, personal data.</summary>
public sealed class AccountsArea : IArea
{
    public string? ApiDescription => "The signed-in person and everything Thrive holds about them.";

    public void MapApi(RouteGroupBuilder api)
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
    }
}
