using System.Reflection;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// An area of Thrive: one folder under Features/ (its pages under Pages/ of the same name) that registers its own
/// services and maps its own endpoints. Program.cs finds every area in this assembly, so adding an area touches
/// only its folder.
/// </summary>
public interface IArea
{
    /// <summary>The area's name, used as its API tag: the class name without "Area".</summary>
    string Name => GetType().Name.EndsWith("Area", StringComparison.Ordinal) ? GetType().Name[..^4] : GetType().Name;

    /// <summary>A sentence for the API document's tag, when the area has endpoints.</summary>
    string? ApiDescription => null;

    /// <summary>The area's services besides its use-case handlers (those are registered by convention: every nested
    /// <c>Handler</c> class under Features/).</summary>
    void AddServices(IServiceCollection services) { }

    /// <summary>The area's JSON endpoints, on the one /api/v1 group, tagged with the area's name.</summary>
    void MapApi(RouteGroupBuilder api) { }

    /// <summary>Endpoints outside the API (a calendar feed, say).</summary>
    void MapEndpoints(IEndpointRouteBuilder app) { }
}

public static class Areas
{
    public const string ApiPrefix = "/api/v1";

    /// <summary>Every area of the app, in a stable order.</summary>
    public static IReadOnlyList<IArea> All { get; } = typeof(IArea).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IArea).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IArea)Activator.CreateInstance(t)!)
        .ToList();

    /// <summary>Every use-case handler (a nested <c>Handler</c> class under Features/), then each area's other services.</summary>
    public static IServiceCollection AddThriveAreas(this IServiceCollection services)
    {
        foreach (var handler in HandlerTypes(typeof(IArea).Assembly)) services.AddScoped(handler);
        foreach (var area in All) area.AddServices(services);
        return services;
    }

    /// <summary>One /api/v1 group for every area's endpoints, then each area's other endpoints.</summary>
    public static IEndpointRouteBuilder MapThriveAreas(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiPrefix).WithThriveApiConventions();
        foreach (var area in All)
        {
            area.MapApi(api.MapGroup("").WithTags(area.Name));
            area.MapEndpoints(app);
        }
        return app;
    }

    /// <summary>The handler classes (nested "Handler" types and services named in an area's folder) that pages and endpoints ask for.</summary>
    public static IEnumerable<Type> HandlerTypes(Assembly assembly) => assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, Name: "Handler" } && t.Namespace?.StartsWith("Thrive.Web.Features", StringComparison.Ordinal) == true);
}
