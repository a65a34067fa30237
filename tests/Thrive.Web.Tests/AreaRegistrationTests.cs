using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Areas register themselves: every handler a page or an endpoint asks for is registered by its area, and every
/// handler an area defines is registered (a forgotten registration would otherwise surface as a 500, or worse, as a
/// minimal API that quietly reads the handler from the request body).
/// </summary>
public sealed class AreaRegistrationTests : WebTest
{
    protected override bool SeedDemo => false;

    private static readonly Assembly Web = typeof(IArea).Assembly;

    private static bool IsOurs(Type t) => t.Assembly == Web && t.Namespace?.StartsWith("Thrive.Web.", StringComparison.Ordinal) == true
        && (t.Name == "Handler" || t.Name.EndsWith("Handler", StringComparison.Ordinal) || t.Namespace.StartsWith("Thrive.Web.Features", StringComparison.Ordinal) && t.IsClass && !t.IsAbstract
            && t.GetConstructors().Any(c => c.GetParameters().Length > 0) && !IsRecord(t));

    private static bool IsRecord(Type t) => t.GetMethod("<Clone>$") is not null;

    [Fact]
    public void Every_handler_a_page_asks_for_is_registered()
    {
        var services = App.Services.GetRequiredService<IServiceProviderIsService>();
        var missing = Web.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract)
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => (Page: t.FullName, p.ParameterType)))
            .Where(x => !services.IsService(x.ParameterType))
            .Select(x => $"{x.Page} needs {x.ParameterType.FullName}").ToList();
        Assert.True(missing.Count == 0, "Not registered by any area: " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_handler_an_endpoint_asks_for_is_registered()
    {
        var services = App.Services.GetRequiredService<IServiceProviderIsService>();
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var parameters = endpoints.Select(e => e.Metadata.GetMetadata<MethodInfo>()).OfType<MethodInfo>()
            .SelectMany(m => m.GetParameters()).Select(p => p.ParameterType).Where(IsOurs).Distinct().ToList();
        Assert.NotEmpty(parameters);
        var missing = parameters.Where(t => !services.IsService(t)).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "Endpoints ask for handlers no area registers: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_handler_an_area_defines_is_registered()
    {
        var services = App.Services.GetRequiredService<IServiceProviderIsService>();
        var missing = Areas.HandlerTypes(Web).Where(t => !services.IsService(t)).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "Handlers no area registers: " + string.Join(", ", missing));
    }

    [Fact]
    public void Areas_are_found_in_the_assembly_and_one_api_group_carries_every_endpoint_of_the_api()
    {
        Assert.Contains(Areas.All, a => a.Name == "Board");
        Assert.Equal(Areas.All.Count, Areas.All.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count());
        var api = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(api);
        // Every API endpoint carries the group's ProblemDetails conventions and its area's tag.
        Assert.All(api, e => Assert.NotNull(e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>()));
    }
}
