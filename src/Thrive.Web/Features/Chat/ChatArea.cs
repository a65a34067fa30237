using Microsoft.AspNetCore.Http.HttpResults;

namespace Thrive.Web.Features.Chat;

/// <summary>Slack and Microsoft Teams: a person's own connection for reminders and the digest, a programme's channel for its news, the outbox pass.</summary>
public sealed class ChatArea : IArea
{
    public string? ApiDescription => "Slack and Microsoft Teams: your own chat connection for reminders and the Monday digest (the URL is never shown back, only its host).";

    /// <param name="Connection">Null when nothing is connected.</param>
    public sealed record MyChatResponse(bool Connected, GetChat.Connection? Connection);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/me/chat", async (HttpContext c, GetChat.Handler h, CancellationToken ct) =>
                Ok(await h.HandleAsync(c.User.Actor(), null, ct), v => new MyChatResponse(v.Connection is not null, v.Connection)))
            .WithName("GetMyChat").WithSummary("Your chat connection (connected false and no connection when there is none): the tool, the masked URL, the reminders that go there and the newest messages' delivery log.");
        api.MapPut("/me/chat", async Task<Results<Ok<GetChat.Connection>, ProblemHttpResult>> (HttpContext c, ConnectChat.Request body, ConnectChat.Handler connect, GetChat.Handler get, CancellationToken ct) =>
            {
                var r = await connect.HandleAsync(c.User.Actor(), null, body, ct);
                if (!r.Succeeded) return r.Errors.ToProblem();
                return TypedResults.Ok((await get.HandleAsync(c.User.Actor(), null, ct)).Value!.Connection!);
            })
            .WithName("ConnectMyChat")
            .WithSummary("Connect (or replace) your chat: tool (Slack or Teams), url (the incoming-webhook or workflow https address), kinds (the reminders that go there, WeeklyDigest for the digest), insteadOfMail. A test message is sent.");
        api.MapDelete("/me/chat", async (HttpContext c, DisconnectChat.Handler h, CancellationToken ct) => NoContent(await h.HandleAsync(c.User.Actor(), null, ct)))
            .WithName("DisconnectMyChat").WithSummary("Disconnect your chat with its delivery log; your reminders go by mail again.");
    }

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<ChatUrls>();
        services.AddScoped<ChatOutbox>();
        services.AddScoped<ChatReminders>();
        services.AddScoped<ProgrammeNews>();
        services.AddScoped<ChatPass>();
    }
}
