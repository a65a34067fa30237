using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// A TCP forwarder between the app and PostgreSQL that a test can cut, to see what the app does when the
/// database goes away, without stopping the shared server. Cut closes every open connection and refuses new
/// ones (the server is down); Stall accepts connections and never answers (the network dropped packets);
/// Restore forwards again on the same port.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly ConcurrentDictionary<TcpClient, byte> open = new();
    private TcpListener? listener;
    private CancellationTokenSource? accepting;
    private volatile bool stalled;

    public TcpProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Listen(0);
    }

    public int Port { get; private set; }

    /// <summary>The server is gone: open connections drop, new ones are refused.</summary>
    public void Cut()
    {
        accepting?.Cancel();
        listener?.Stop();
        listener = null;
        CloseAll();
    }

    /// <summary>Packets vanish: open connections drop, new ones connect but never get an answer.</summary>
    public void Stall()
    {
        Cut();
        stalled = true;
        Listen(Port);
    }

    public void Restore()
    {
        Cut();
        stalled = false;
        Listen(Port);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private void Listen(int port)
    {
        var l = new TcpListener(IPAddress.Loopback, port);
        l.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        l.Start();
        Port = ((IPEndPoint)l.LocalEndpoint).Port;
        listener = l;
        accepting = new CancellationTokenSource();
        _ = AcceptAsync(l, accepting.Token);
    }

    private async Task AcceptAsync(TcpListener l, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await l.AcceptTcpClientAsync(ct); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            open[client] = 0;
            if (!stalled) _ = ForwardAsync(client, ct);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken ct)
    {
        var server = new TcpClient();
        open[server] = 0;
        try
        {
            await server.ConnectAsync(targetHost, targetPort, ct);
            var a = client.GetStream();
            var b = server.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, ct), b.CopyToAsync(a, ct));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException) { }
        finally
        {
            Close(client);
            Close(server);
        }
    }

    private void CloseAll()
    {
        foreach (var c in open.Keys) Close(c);
    }

    /// <summary>Closes with a reset, like a server that is gone; whoever removes the connection first closes it.</summary>
    private void Close(TcpClient c)
    {
        if (!open.TryRemove(c, out _)) return;
        try
        {
            if (c.Client is { } socket) socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is ObjectDisposedException or SocketException) { }
        c.Dispose();
    }
}
