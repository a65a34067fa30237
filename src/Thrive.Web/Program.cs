using Scalar.AspNetCore;
using Thrive.Web.Features.Demo;

// `backup FILE` and `restore FILE` are maintenance commands, not a web server.
if (MaintenanceCommands.IsCommand(args)) return await MaintenanceCommands.RunAsync(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose(args) });
// Started from the build output (bin/...) in Production or Staging, the static files come from the project's wwwroot
// as in Development; a published folder has its own wwwroot and no manifest, so this does nothing there.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddThriveOptions(builder.Configuration);
builder.Services.AddThriveDatabase();
builder.Services.AddThriveAccounts();
builder.Services.AddThriveInfrastructure();
builder.Services.AddThriveAreas(); // each area under Features/ registers its own handlers
builder.Services.AddRazorPages(o =>
{
    o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
    o.Conventions.ConfigureFilter(new PostNeedsHandlerFilter());
    o.Conventions.ConfigureFilter(new BadCheckboxValueFilter());
})
// No client-side validation library is shipped (the server validates every form), so the data-val-* attributes
// would be dead weight: their generation per field was a measurable share of a page with a form per card.
.AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
// The domain writes the field messages ("Name is required."); MVC should not add its own for non-nullable strings.
builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DatabaseOutageHandler>();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
    o.SerializerOptions.Converters.Add(new NoNulStringConverter());
});
builder.Services.AddThriveApiDocument();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();
await DatabaseSetup.MigrateAsync(app.Services);
await DemoSeeder.SeedIfAskedAsync(app.Services);

app.UseForwardedHeaders(); // the scheme and client address as the proxy saw them (Thrive:Security:TrustedProxies)
// A database that is down or locked is a 503 (status page or ProblemDetails), anything else a 500.
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = DatabaseOutageHandler.StatusCodeFor });
// Pages get a friendly status page; the API keeps ProblemDetails.
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), b => b.UseStatusCodePagesWithReExecute("/Status/{0}"));
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), b => b.UseStatusCodePages());
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseHeadAsGet(); // after static files, which answer HEAD themselves
app.UseApiReferencePage();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseApiTokenScopes(); // a bearer call on the API: a live token (401 otherwise), and a read token only reads (403)
app.UseApiAntiforgery(); // a cookie-authenticated unsafe API call needs the antiforgery header and this site's origin
app.UseAuthorization();

app.MapRazorPages();
app.MapThriveAreas(); // one /api/v1 group; each area maps its own endpoints
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapThriveApiReference();
app.MapHealthChecks("/healthz").AllowAnonymous();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
