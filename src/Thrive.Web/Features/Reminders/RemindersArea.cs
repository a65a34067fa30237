namespace Thrive.Web.Features.Reminders;

/// <summary>Reminder mails and the Monday digest: due reminders, passes claimed in the database, preferences, unsubscribe.</summary>
public sealed class RemindersArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<DueReminders>();
        services.AddScoped<ReminderMail.Writer>();
        services.AddScoped<UnsubscribeLinks>();
        services.AddScoped<ReminderPass>();
        services.AddHostedService<ReminderWorker>();
    }
}
