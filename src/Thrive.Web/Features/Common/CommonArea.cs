namespace Thrive.Web.Features.Common;

/// <summary>Notions every area shares: the reader's day and a person's programme places.</summary>
public sealed class CommonArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ReaderClock>();
        services.AddScoped<ProgrammePlaces>();
    }
}
