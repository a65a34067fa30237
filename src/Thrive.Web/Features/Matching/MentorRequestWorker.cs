namespace Thrive.Web.Features.Matching;

/// <summary>
/// Runs a mentor request pass every Thrive:Reminders:IntervalSeconds while Thrive:Reminders:Enabled is true (the
/// reminder pass's schedule and switch: both are "background mail" to operators).
/// </summary>
public sealed class MentorRequestWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ThriveOptions> options, ILogger<MentorRequestWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value.Reminders;
        if (!o.Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, o.IntervalSeconds)), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<MentorRequestPass>().RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
#pragma warning disable CA1031 // one failed pass (database or SMTP down) must not stop the next one
            catch (Exception e) { log.LogError(e, "Mentor request pass failed; the next one will try again"); }
#pragma warning restore CA1031
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
