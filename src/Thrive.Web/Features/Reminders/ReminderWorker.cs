namespace Thrive.Web.Features.Reminders;

/// <summary>Runs a reminder pass every Thrive:Reminders:IntervalSeconds while Thrive:Reminders:Enabled is true.</summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ThriveOptions> options, ILogger<ReminderWorker> log)
    : PeriodicPass(scopes, clock, log)
{
    protected override bool Enabled => options.Value.Reminders.Enabled;
    protected override int IntervalSeconds => options.Value.Reminders.IntervalSeconds;
    protected override string Name => "Reminder pass";

    protected override Task RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct) =>
        services.GetRequiredService<ReminderPass>().RunAsync(now, ct);
}
