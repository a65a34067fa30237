using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Thrive.Web.Infrastructure;

/// <summary>The one mapping from expected failures to HTTP: ProblemDetails for the API, ModelState for pages.</summary>
public static class ResultMapping
{
    public static ProblemHttpResult ToProblem(this IReadOnlyList<Error> errors)
    {
        var first = errors[0];
        var status = StatusOf(first.Kind);
        var fieldErrors = errors.Where(e => e.Field is not null)
            .GroupBy(e => e.Field!)
            .ToDictionary(g => g.Key, g => (object?)g.Select(e => e.Message).ToArray());
        var extensions = new Dictionary<string, object?> { ["code"] = first.Code };
        if (fieldErrors.Count > 0) extensions["errors"] = fieldErrors;
        return TypedResults.Problem(
            title: status switch { 400 => "Some fields need attention.", 404 => "Not found.", 403 => "Forbidden.", _ => "Conflict." },
            detail: string.Join(" ", errors.Select(e => e.Message)),
            statusCode: status,
            extensions: extensions);
    }

    /// <summary>200 with the value, or the errors as ProblemDetails: the API's answer to a handler's result, typed for the OpenAPI document.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(Result<T> r) => r.Succeeded ? TypedResults.Ok(r.Value) : r.Errors.ToProblem();

    /// <summary>200 with a response record made from the value, or the errors as ProblemDetails.</summary>
    public static Results<Ok<TOut>, ProblemHttpResult> Ok<T, TOut>(Result<T> r, Func<T, TOut> shape)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(shape);
        return r.Succeeded ? TypedResults.Ok(shape(r.Value!)) : r.Errors.ToProblem();
    }

    /// <summary>204, or the errors as ProblemDetails.</summary>
    public static Results<NoContent, ProblemHttpResult> NoContent<T>(Result<T> r) => r.Succeeded ? TypedResults.NoContent() : r.Errors.ToProblem();

    /// <summary>201 with the new id and its location, or the errors as ProblemDetails.</summary>
    public static Results<Created<CreatedId>, ProblemHttpResult> Created(Result<Guid> r, Func<Guid, string> location)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(location);
        return r.Succeeded ? TypedResults.Created(location(r.Value), new CreatedId(r.Value)) : r.Errors.ToProblem();
    }

    /// <summary>Adds each error to ModelState under "prefix.Field" so the form shows it beside its field.</summary>
    public static void AddTo(this IReadOnlyList<Error> errors, ModelStateDictionary modelState, string prefix = "Input")
    {
        foreach (var e in errors)
        {
            var key = e.Field is null ? "" : string.IsNullOrEmpty(prefix) ? e.Field : $"{prefix}.{e.Field}";
            modelState.AddModelError(key, e.Message);
        }
    }

    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    public static bool IsNotFound(this IReadOnlyList<Error> errors) => errors.Count > 0 && errors[0].Kind == ErrorKind.NotFound;
    public static bool IsForbidden(this IReadOnlyList<Error> errors) => errors.Count > 0 && errors[0].Kind == ErrorKind.Forbidden;
}

/// <summary>The answer to a create: the new resource's id (its address is in the Location header).</summary>
public sealed record CreatedId(Guid Id);
