using System.Text.Json.Nodes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The pairs and feedback operations in /openapi/v1.json: a named success schema (or 204), named bodies, and their ProblemDetails answers.</summary>
public sealed class PairsApiDocumentTests : WebTest
{
    protected override bool SeedDemo => false;

    /// <summary>Each operation with its success status and whether it can answer 409.</summary>
    private static readonly (string Id, string Success, bool Conflict)[] Operations =
    [
        ("ListPairs", "200", false), ("CreatePair", "201", false), ("GetPair", "200", false),
        ("ActivatePair", "204", true), ("CompletePair", "204", true), ("DissolvePair", "204", true),
        ("ListFeedback", "200", false), ("GiveFeedback", "201", true), ("AcknowledgeFeedback", "204", true), ("ReplyToFeedback", "204", true),
    ];

    [Fact]
    public async Task Pair_and_feedback_operations_state_their_success_schemas_bodies_and_problems()
    {
        var doc = JsonNode.Parse(await App.Anonymous().GetStringAsync("/openapi/v1.json", Ct))!;
        var schemas = doc["components"]!["schemas"]!.AsObject();
        var ops = doc["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => m.Value!))
            .Where(o => o["operationId"] is not null).ToDictionary(o => o["operationId"]!.GetValue<string>());
        var failures = new List<string>();
        string? Named(JsonNode? schema) => schema?["$ref"]?.GetValue<string>() is { } r && schemas.ContainsKey(r.Split('/')[^1]) ? r : null;
        foreach (var (id, success, conflict) in Operations)
        {
            if (!ops.TryGetValue(id, out var op)) { failures.Add($"{id}: missing"); continue; }
            var responses = op["responses"]!.AsObject();
            if (!responses.ContainsKey(success)) failures.Add($"{id}: no {success} answer");
            else if (success != "204" && Named(responses[success]!["content"]?["application/json"]?["schema"]) is null)
                failures.Add($"{id}: {success} has no named schema: {responses[success]!.ToJsonString()}");
            foreach (var problem in conflict ? new[] { "400", "403", "404", "409" } : ["400", "403", "404"])
                if (responses[problem]?["content"]?["application/problem+json"] is null) failures.Add($"{id}: no ProblemDetails for {problem}");
            if (op["requestBody"] is { } body && Named(body["content"]?["application/json"]?["schema"]) is null)
                failures.Add($"{id}: the body has no named schema");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
