using System.Text.Json;
using System.Text.Json.Serialization;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Refuses a NUL character in any JSON string: PostgreSQL cannot store one in text (it would fail at save time as a
/// 500), and no one types it. The reader's JsonException becomes a 400 ProblemDetails before any handler runs.
/// </summary>
public sealed class NoNulStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"Expected a string but found {reader.TokenType}.");
        var value = reader.GetString()!;
        return value.Contains('\0', StringComparison.Ordinal) ? throw new JsonException("Text may not contain a NUL (\\u0000) character.") : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
