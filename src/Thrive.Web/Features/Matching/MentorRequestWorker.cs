namespace Thrive.Web.Features.Matching;

/// <summary>
/// Runs a mentor request pass every Thrive:Reminders:IntervalSeconds while Thrive:Reminders:Enabled is true (the
/// reminder pass's schedule and switch: both are "background mail" to operators).
/// </summary>
public sealed class MentorRequestWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ThriveOptions> options, ILogger<MentorRequestWorker> log)
    : PeriodicPass(scopes, clock, log)
{
    protected override bool Enabled => options.Value.Reminders.Enabled;
    protected override int IntervalSeconds => options.Value.Reminders.IntervalSeconds;
    protected override string Name => "Mentor request pass";

    protected override Task RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct) =>
        services.GetRequiredService<MentorRequestPass>().RunAsync(now, ct);
}
