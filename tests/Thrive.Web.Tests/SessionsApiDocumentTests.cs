using System.Text.Json.Nodes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The OpenAPI document states what each Sessions operation answers: its success schema and its ProblemDetails.</summary>
public sealed class SessionsApiDocumentTests : WebTest
{
    protected override bool SeedDemo => false;

    [Theory]
    [InlineData("/api/v1/pairs/{id}/sessions", "get", "200", "SessionListResponse")]
    [InlineData("/api/v1/sessions/{id}", "get", "200", "SessionResponse")]
    [InlineData("/api/v1/action-items/{id}/toggle", "post", "204", null)]
    public async Task Each_operation_states_its_success_schema_and_its_problems(string path, string method, string success, string? schema)
    {
        var doc = JsonNode.Parse(await App.Anonymous().GetStringAsync("/openapi/v1.json", Ct))!;
        var op = doc["paths"]![path]![method]!;
        Assert.False(string.IsNullOrWhiteSpace(op["summary"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(op["operationId"]?.GetValue<string>()));
        var responses = op["responses"]!.AsObject();
        Assert.True(responses.ContainsKey(success), $"{path}: no {success} in {responses.ToJsonString()}");
        if (schema is not null)
        {
            Assert.Equal($"#/components/schemas/{schema}", responses[success]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
            // The response record is a named component whose properties are the record's, each described.
            var record = typeof(Thrive.Web.Features.Sessions.SessionsArea).GetNestedType(schema)!;
            var properties = doc["components"]!["schemas"]![schema]!["properties"]!.AsObject();
            Assert.Equal(record.GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).Order(StringComparer.Ordinal),
                properties.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.All(properties, p => Assert.True(p.Value!["type"] is not null || p.Value!["$ref"] is not null, $"{schema}.{p.Key} has no type: {p.Value!.ToJsonString()}"));
        }
        foreach (var status in new[] { "400", "401", "403", "404" })
            Assert.NotNull(responses[status]?["content"]?["application/problem+json"]);
    }
}
