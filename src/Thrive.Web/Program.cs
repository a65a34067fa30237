using Thrive.Web.Features;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Features.Board;
using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Commitments;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Relationship;
using Thrive.Web.Features.Sessions;
using Thrive.Web.Infrastructure;

// `backup FILE` and `restore FILE` are maintenance commands, not a web server.
if (MaintenanceCommands.IsCommand(args)) return await MaintenanceCommands.RunAsync(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddThriveOptions(builder.Configuration);
builder.Services.AddThriveDatabase();
builder.Services.AddThriveAccounts();
builder.Services.AddThriveFeatures();
builder.Services.AddRazorPages(o =>
{
    o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
    o.Conventions.ConfigureFilter(new PostNeedsHandlerFilter());
    o.Conventions.ConfigureFilter(new BadCheckboxValueFilter());
});
// The domain writes the field messages ("Name is required."); MVC should not add its own for non-nullable strings.
builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DatabaseOutageHandler>();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
    o.SerializerOptions.Converters.Add(new NoNulStringConverter());
});
builder.Services.AddOpenApi("v1", o =>
{
    o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
    o.AddDocumentTransformer((doc, _, _) =>
    {
        doc.Info.Title = "Thrive API";
        doc.Info.Description = "Programmes, intake and pairs of a Thrive installation. Sign in through the web app; the API uses the same cookie. " +
            $"With that cookie, POST, PUT, PATCH and DELETE need the antiforgery token in the {ApiAntiforgery.HeaderName} header " +
            "(the value of the __RequestVerificationToken field of any page's form): without it the answer is 400 (code \"antiforgery\"), " +
            "and a request from another site's page (a foreign Origin header) is 403 (code \"foreign_origin\").";
        return Task.CompletedTask;
    });
});
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();
await app.PrepareDatabaseAsync();

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
app.UseApiAntiforgery(); // a cookie-authenticated unsafe API call needs the antiforgery header and this site's origin
app.UseAuthorization();

app.MapRazorPages();
app.MapThriveApi();
app.MapGoalsApi();
app.MapBoardApi();
app.MapFeedbackApi();
app.MapCommitmentsApi();
app.MapSessionsApi();
app.MapCalendarFeed();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapThriveApiReference();
app.MapHealthChecks("/healthz").AllowAnonymous();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
