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
            && info.Type.DeclaringType is { } useCase && !useCase.Name.EndsWith("Area", StringComparison.Ordinal) ? useCase.Name + id : OpenApiOptions.CreateDefaultSchemaReferenceId(info);
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Thrive API";
            doc.Info.Version = "v1";
            doc.Info.Description = "Programmes, intake, pairs, goals, boards, sessions, commitments and feedback of a Thrive installation. " +
                "Sign in through the web app and the API uses the same cookie, or send a personal access token (made on /Account/Tokens) " +
                "as \"Authorization: Bearer thr_...\": a read token may only GET and HEAD (otherwise 403, code \"insufficient_scope\"), " +
                "and an unknown, expired or revoked token is 401 (code \"invalid_token\"). Token calls need no antiforgery header. " +
                $"With the cookie, POST, PUT, PATCH and DELETE need the antiforgery token in the {ApiAntiforgery.HeaderName} header " +
                "(the value of the __RequestVerificationToken field of any page's form): without it the answer is 400 (code \"antiforgery\"), " +
                "and a request from another site's page (a foreign Origin header) is 403 (code \"foreign_origin\").";
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
            doc.Components.SecuritySchemes[ApiTokens.SecurityScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "thr_ personal access token",
                Description = "A personal access token made on /Account/Tokens. Read scope: GET and HEAD only; write scope: every call its owner may make.",
            };
            doc.Tags ??= new HashSet<OpenApiTag>();
            foreach (var area in Areas.All.Where(a => a.ApiDescription is not null))
            {
                if (doc.Tags.FirstOrDefault(t => t.Name == area.Name) is { } tag) tag.Description = area.ApiDescription;
                else doc.Tags.Add(new OpenApiTag { Name = area.Name, Description = area.ApiDescription });
            }
            // The server as the caller reached it, without the trailing slash clients would double.
            foreach (var server in doc.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            return Task.CompletedTask;
        });
        // Strings pass through NoNulStringConverter, which hides their type from the schema generator: say it again,
        // with null where the property is annotated nullable.
        o.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (type == typeof(string) && schema.Type is null)
                schema.Type = context.JsonPropertyInfo is { IsGetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            else if (type != typeof(string) && typeof(IEnumerable<string>).IsAssignableFrom(type))
            {
                if (schema.Items is null) schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
                else if (schema.Items is OpenApiSchema { Type: null } items) items.Type = JsonSchemaType.String;
            }
            else if (schema.Enum is { Count: > 0 } && schema.Type is null)
                schema.Type = JsonSchemaType.String; // enums travel as their names (JsonStringEnumConverter)
            // An enum first met as a nullable property (GroupRole? MyRole) lists null among its values: its type says so too.
            if (schema.Enum is { Count: > 0 } values && values.Any(v => v is null) && schema.Type is { } declared && !declared.HasFlag(JsonSchemaType.Null))
                schema.Type = declared | JsonSchemaType.Null;
            return Task.CompletedTask;
        });
        // Operations that need a signed-in caller say so; anonymous ones state no requirement.
        o.AddOperationTransformer((op, context, _) =>
        {
            var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            if (!anonymous)
                op.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiTokens.SecurityScheme, context.Document)] = [] },
                ];
            return Task.CompletedTask;
        });
    });
}
