namespace Thrive.Web.Features.Common;

/// <summary>Notions every area shares: the reader's day, a person's programme places and the story tools' open items.</summary>
public sealed class CommonArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ReaderClock>();
        services.AddScoped<ProgrammePlaces>();
        services.AddScoped<StoryTools>();
    }
}
