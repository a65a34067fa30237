namespace Thrive.Web.Infrastructure;

/// <summary>
/// A background pass run every <see cref="IntervalSeconds"/> while <see cref="Enabled"/>, in a fresh scope each time,
/// at the app's clock. One failed pass (database or SMTP down) is logged and the next tick tries again; stopping the
/// app ends the loop. The reminder, mentor request and webhook workers are this with their own settings and pass.
/// </summary>
public abstract class PeriodicPass(IServiceScopeFactory scopes, TimeProvider clock, ILogger log) : BackgroundService
{
    protected abstract bool Enabled { get; }

    protected abstract int IntervalSeconds { get; }

    /// <summary>The name in the log line of a failed pass ("Reminder pass").</summary>
    protected abstract string Name { get; }

    /// <summary>One pass with the scope's services, at <paramref name="now"/>.</summary>
    protected abstract Task RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, IntervalSeconds)), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await RunAsync(scope.ServiceProvider, clock.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
#pragma warning disable CA1031 // one failed pass must not stop the next one
            catch (Exception e) { log.LogError(e, "{Pass} failed; the next one will try again", Name); }
#pragma warning restore CA1031
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
