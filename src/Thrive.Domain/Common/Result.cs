namespace Thrive.Domain.Common;

/// <summary>What kind of refusal an error is: the one thing the web layer maps to a status code.</summary>
public enum ErrorKind { Validation, NotFound, Forbidden, Conflict }

/// <summary>
/// An expected failure: its kind, a message for a person, the field it belongs to when there is one, and a stable
/// machine-readable code that scripts and JavaScript read instead of the English message ("wip_limit", "stale").
/// </summary>
public sealed record Error(ErrorKind Kind, string Message, string? Field = null, string? Code = null)
{
    /// <summary>The specific code, or the kind's own ("validation", "not_found", "forbidden", "conflict").</summary>
    public string Code { get; init; } = Code ?? KindCode(Kind);

    public static Error Validation(string field, string message) => new(ErrorKind.Validation, message, field);
    public static Error NotFound(string what) => new(ErrorKind.NotFound, $"{what} was not found.");
    public static Error Forbidden() => new(ErrorKind.Forbidden, "You do not have access to this.");
    public static Error Conflict(string message, string? field = null, string? code = null) => new(ErrorKind.Conflict, message, field, code);

    public static string KindCode(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "not_found",
        ErrorKind.Forbidden => "forbidden",
        ErrorKind.Conflict => "conflict",
        _ => "validation",
    };
}

/// <summary>Expected failures are values; exceptions are bugs.</summary>
public sealed class Result<T>
{
    private Result(T? value, IReadOnlyList<Error> errors) { Value = value; Errors = errors; }

    public T? Value { get; }
    public IReadOnlyList<Error> Errors { get; }
    public bool Succeeded => Errors.Count == 0;

    public static Result<T> Ok(T value) => new(value, []);
    public static Result<T> Fail(params Error[] errors) => new(default, errors);
    public static Result<T> Fail(IReadOnlyList<Error> errors) => new(default, errors);

    public static implicit operator Result<T>(T value) => Ok(value);
    public static implicit operator Result<T>(Error error) => Fail(error);

    /// <summary>The kind of the first error (the one that decides the answer); null on success.</summary>
    public ErrorKind? FailedWith => Errors.Count == 0 ? null : Errors[0].Kind;
}

public static class Result
{
    public static Result<Unit> Ok() => Result<Unit>.Ok(Unit.Value);
}

public readonly record struct Unit
{
    public static readonly Unit Value;
}
