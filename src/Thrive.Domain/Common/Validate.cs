namespace Thrive.Domain.Common;

/// <summary>Collects field-level errors so that a form can show all of them at once.</summary>
public sealed class Validate
{
    private readonly List<Error> errors = [];

    public IReadOnlyList<Error> Errors => errors;
    public bool Ok => errors.Count == 0;

    public Validate Required(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(Error.Validation(field, $"{label} is required."));
        else MaxLength(field, value, label, maxLength);
        return this;
    }

    public Validate MaxLength(string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
            errors.Add(Error.Validation(field, $"{label} must be at most {maxLength} characters (it has {value.Length})."));
        return this;
    }

    public Validate Range(string field, int value, string label, int min, int max)
    {
        if (value < min || value > max) errors.Add(Error.Validation(field, $"{label} must be between {min} and {max}."));
        return this;
    }

    public Validate Email(string field, string? value, string label = "Email")
    {
        if (!EmailAddress.IsValid(value)) errors.Add(Error.Validation(field, $"{label} must be a valid email address, like name@example.com."));
        return this;
    }

    public Validate That(bool condition, string field, string message)
    {
        if (!condition) errors.Add(Error.Validation(field, message));
        return this;
    }
}

public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>A pragmatic check: one @, a dot in the domain, no spaces, sane length.</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength) return false;
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1) return false;
        var domain = value[(at + 1)..];
        return !value.Any(char.IsWhiteSpace) && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    public static string Normalise(string value) => value.Trim().ToUpperInvariant();
}
