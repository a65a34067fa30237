using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// The API's contract: /openapi/v1.json describes every operation with its success schema, its ProblemDetails
/// answers and how a caller authenticates. Clients and the abuse tests are generated from it, so it stays typed.
/// </summary>
public static class ApiDocument
{
    public const string CookieScheme = "cookie";

    /// <summary>Every operation may answer with ProblemDetails for bad input, a missing sign-in, a refusal and a missing resource.</summary>
    public static RouteGroupBuilder WithThriveApiConventions(this RouteGroupBuilder api)
    {
        api.ProducesProblem(StatusCodes.Status400BadRequest)
           .ProducesProblem(StatusCodes.Status401Unauthorized)
           .ProducesProblem(StatusCodes.Status403Forbidden)
           .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static IServiceCollection AddThriveApiDocument(this IServiceCollection services) => services.AddOpenApi("v1", o =>
    {
        o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        // A use case's records are named after it ("RecordCheckIn.Request" is "RecordCheckInRequest"), so that names stay unique.
        o.CreateSchemaReferenceId = info => OpenApiOptions.CreateDefaultSchemaReferenceId(info) is { } id
            && info.Type.DeclaringType is { } useCase && !useCase.Name.EndsWith("Api", StringComparison.Ordinal) ? useCase.Name + id : OpenApiOptions.CreateDefaultSchemaReferenceId(info);
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Thrive API";
            doc.Info.Version = "v1";
            doc.Info.Description = "Programmes, intake, pairs, goals, boards, sessions, commitments and feedback of a Thrive installation. " +
                "Sign in through the web app; the API uses the same cookie.";
            doc.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "thrive.auth",
                Description = "The sign-in cookie the web app sets (/Account/SignIn).",
            };
            doc.Tags ??= new HashSet<OpenApiTag>();
            foreach (var area in Areas.All.Where(a => a.ApiDescription is not null))
                doc.Tags.Add(new OpenApiTag { Name = area.Name, Description = area.ApiDescription });
            return Task.CompletedTask;
        });
        // Operations that need a signed-in caller say so; anonymous ones state no requirement.
        o.AddOperationTransformer((op, context, _) =>
        {
            var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            if (!anonymous)
                op.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] }];
            return Task.CompletedTask;
        });
    });
}
