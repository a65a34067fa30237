namespace Thrive.Domain.Common;

/// <summary>An expected failure: a message for a person, and the field it belongs to when there is one.</summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    public static Error Validation(string field, string message) => new("validation", message, field);
    public static Error NotFound(string what) => new("not_found", $"{what} was not found.");
    public static Error Forbidden() => new("forbidden", "You do not have access to this.");
    public static Error Conflict(string message, string? field = null) => new("conflict", message, field);
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
}

public static class Result
{
    public static Result<Unit> Ok() => Result<Unit>.Ok(Unit.Value);
}

public readonly record struct Unit
{
    public static readonly Unit Value;
}
