using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// A real HTTP receiver for webhook tests: a small Kestrel app on a free loopback port that verifies each delivery's
/// signature with the StandardWebhooks package (the secret of the path it was sent to), records what arrived, and
/// answers as the test says (a status per call, a delay). A delivery whose signature does not verify gets 400.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(string Path, string Id, string Timestamp, string Signature, string Body, bool Verified, string? Error);

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, string> secrets = new(StringComparer.Ordinal);
    private int calls;

    private WebhookReceiver(WebApplication app) => this.app = app;

    /// <summary>Everything that arrived, in order.</summary>
    public ConcurrentQueue<Received> All { get; } = new();

    /// <summary>The status to answer with, by call number (1, 2, ...); 200 unless set.</summary>
    public Func<int, int> StatusFor { get; set; } = _ => 200;

    /// <summary>How long to wait before answering.</summary>
    public TimeSpan Delay { get; set; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The URL of one of the receiver's paths, whose deliveries verify with <paramref name="secret"/> (set later with <see cref="Expect"/>).</summary>
    public string Url(string path) => new Uri(BaseAddress, "/hook/" + path).AbsoluteUri;

    public void Expect(string path, string secret) => secrets[path] = secret;

    /// <summary>A path for Slack or Teams messages, which are not signed (the URL itself is the secret): everything that arrives there is taken.</summary>
    public string ChatUrl(string path) => new Uri(BaseAddress, "/chat/" + path).AbsoluteUri;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook/{path}", receiver.HandleAsync);
        app.MapPost("/chat/{path}", receiver.HandleChatAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    private async Task<IResult> HandleAsync(string path, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        string? error = null;
        try
        {
            if (!secrets.TryGetValue(path, out var secret)) throw new InvalidOperationException("No secret for " + path);
            new StandardWebhook(secret).Verify(body, request.Headers);
        }
        catch (Exception e) when (e is WebhookVerificationException or InvalidOperationException or FormatException)
        {
            error = e.Message;
        }
        All.Enqueue(new(path, request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(), body, error is null, error));
        var call = Interlocked.Increment(ref calls);
        if (Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(Delay, request.HttpContext.RequestAborted); }
            catch (OperationCanceledException) { return Results.Empty; } // Thrive gave up waiting
        }
        if (error is not null) return Results.Text("signature refused: " + error, statusCode: 400);
        var status = StatusFor(call);
        return Results.Text(status == 200 ? "thanks from the receiver" : "the receiver is down", statusCode: status);
    }

    private async Task<IResult> HandleChatAsync(string path, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        All.Enqueue(new(path, "", "", "", body, true, null));
        var call = Interlocked.Increment(ref calls);
        if (Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(Delay, request.HttpContext.RequestAborted); }
            catch (OperationCanceledException) { return Results.Empty; }
        }
        var status = StatusFor(call);
        return Results.Text(status == 200 ? "ok" : "no_service", statusCode: status);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
