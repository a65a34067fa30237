using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Generated bad input to every API operation (read from the app's own OpenAPI document) and to every form of
/// every page, each sent by a person who is allowed to use it: the answer is never a 5xx, and under /api every
/// 4xx carries a ProblemDetails body.
/// </summary>
public sealed class AbuseTests : WebTest
{
    private static readonly Persona[] Callers = [Persona.MenteeA, Persona.MentorA, Persona.Coordinator, Persona.Admin, Persona.MenteeB];

    internal static readonly string[] Unicode =
    [
        "\ud800", "a\udfffb", "nul\u0000byte", "\u202Eevil.exe\u202C", "a\u200Db\u200Dc", "🧑‍💻🎉👩🏽‍🏫", "e\u0301\u0302\u0303\u0304\u0305", "\uFEFF\uFFFE\uFFFF",
    ];

    internal static readonly string[] Numbers = ["-1", "2147483648", "1e308", "9999999999999999999", "-99999999999999999999", "NaN"];

    private static readonly string[] BadScalars = ["not-a-guid", "00000000-0000-0000-0000-00000000000g", "31/02/2026", "0001-01-01", "9999-12-31T99:99", "NotAnEnum", ""];

    private static readonly string Huge = new('x', 1_000_000);

    // Operations that end something go last, so that they cannot take the world away from the others.
    private static int Destructiveness(string key) =>
        key.Contains("dissolve", StringComparison.Ordinal) || key.Contains("complete", StringComparison.Ordinal)
        || key.Contains("{change}", StringComparison.Ordinal) || key.StartsWith("DELETE", StringComparison.Ordinal) ? 1 : 0;

    [Fact]
    public async Task Every_api_operation_answers_bad_input_with_a_problem_not_a_5xx()
    {
        var world = await TestWorld.SetUpAsync(App, Ct);
        var doc = JsonNode.Parse(await App.Anonymous().GetStringAsync("/openapi/v1.json", Ct))!;
        var clients = new Dictionary<Persona, HttpClient>();
        var failures = new List<string>();
        var operations = 0;
        var requests = 0;
        var ops = doc["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => (Path: p.Key, Method: m.Key.ToUpperInvariant(), Op: m.Value!)))
            .OrderBy(o => Destructiveness($"{o.Method} {o.Path}")).ToList();
        foreach (var (path, method, op) in ops)
        {
            var key = $"{method} {path}";
            var parameters = op["parameters"]?.AsArray().Select(n => n!).ToList() ?? [];
            var body = BodySchema(doc, op);
            if (body is null && parameters.Count == 0) continue;
            if (!AuthorizationMatrixTests.Table.TryGetValue(key, out var rule)) { failures.Add($"{key}: not in the authorization table"); continue; }
            var persona = Callers.FirstOrDefault(p => AuthorizationMatrixTests.Allowed(rule, p), Persona.Anonymous);
            if (persona == Persona.Anonymous && !AuthorizationMatrixTests.Allowed(rule, Persona.Anonymous)) continue;
            if (!clients.TryGetValue(persona, out var client)) clients[persona] = client = await TestWorld.ClientForAsync(App, persona);
            operations++;
            var (_, url) = TestWorld.Fill(key, world);
            var baseUrl = url.Split('?')[0];

            foreach (var (label, target, content) in Cases(doc, path, baseUrl, parameters, body))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), target) { Content = content };
                using var response = await client.SendAsync(request, Ct);
                requests++;
                var problem = await CheckAsync(response);
                if (problem is not null) failures.Add($"{persona} {method} {target[..Math.Min(target.Length, 120)]} [{label}]: {problem}");
            }
        }
        TestContext.Current.SendDiagnosticMessage($"API abuse: {operations} operations, {requests} requests");
        Assert.True(operations >= 20, $"only {operations} operations were found in the OpenAPI document");
        Assert.True(failures.Count == 0, $"{failures.Count} failures in {requests} requests:\n" + string.Join("\n", failures.Take(60)));
    }

    /// <summary>Null when the answer is fine; otherwise what is wrong with it.</summary>
    private static async Task<string?> CheckAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500) return $"{status} {text[..Math.Min(text.Length, 400)]}";
        if (status < 400) return null;
        var type = response.Content.Headers.ContentType?.MediaType;
        if (type != "application/problem+json") return $"{status} with {type ?? "no"} body instead of ProblemDetails";
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var clear = (root.TryGetProperty("title", out var t) && !string.IsNullOrWhiteSpace(t.GetString())) || root.TryGetProperty("errors", out _);
        return clear ? null : $"{status} ProblemDetails without a title or errors: {text}";
    }

    private static JsonNode? BodySchema(JsonNode doc, JsonNode op)
    {
        var schema = op["requestBody"]?["content"]?["application/json"]?["schema"];
        return schema is null ? null : Resolve(doc, schema);
    }

    private static JsonNode Resolve(JsonNode doc, JsonNode schema)
    {
        for (var i = 0; i < 10 && schema["$ref"] is { } r; i++)
        {
            var node = doc;
            foreach (var part in r.GetValue<string>().TrimStart('#', '/').Split('/')) node = node[part]!;
            schema = node;
        }
        return schema;
    }

    private static string TypeOf(JsonNode doc, JsonNode schema)
    {
        schema = Resolve(doc, schema);
        var type = schema["type"] switch
        {
            JsonValue v => v.GetValue<string>(),
            JsonArray a => a.Select(x => x!.GetValue<string>()).FirstOrDefault(x => x != "null") ?? "string",
            _ => schema["enum"] is not null ? "string" : schema["properties"] is not null ? "object" : "string",
        };
        return schema["format"]?.GetValue<string>() is { } f && type == "string" ? "string:" + f : type;
    }

    /// <summary>A plausible value for each property, so that one mutated property at a time is what the server sees.</summary>
    private static JsonNode? Plausible(JsonNode doc, JsonNode schema, int depth = 0)
    {
        schema = Resolve(doc, schema);
        if (schema["enum"] is JsonArray e && e.Count > 0) return e[0]!.DeepClone();
        return TypeOf(doc, schema) switch
        {
            "integer" => 1,
            "number" => 1.5,
            "boolean" => true,
            "array" => new JsonArray(),
            "object" when depth < 3 => Object(doc, schema, depth + 1),
            "object" => new JsonObject(),
            "string:uuid" => Guid.NewGuid().ToString(),
            "string:date" => "2026-03-02",
            "string:date-time" => "2026-03-02T10:00:00Z",
            _ => "Plausible text",
        };
    }

    private static JsonObject Object(JsonNode doc, JsonNode schema, int depth)
    {
        var o = new JsonObject();
        foreach (var (name, prop) in schema["properties"]?.AsObject() ?? [])
            o[name] = Plausible(doc, prop!, depth);
        return o;
    }

    private static IEnumerable<(string Label, string Url, HttpContent? Content)> Cases(JsonNode doc, string path, string url, List<JsonNode> parameters, JsonNode? body)
    {
        static StringContent Json(string s) => new(s, Encoding.UTF8, "application/json");

        // Route and query parameters.
        foreach (var p in parameters)
        {
            var name = p["name"]!.GetValue<string>();
            var bad = BadScalars.Concat(Numbers).Concat(Unicode).Append(new string('q', 5000)).ToList();
            foreach (var value in bad)
            {
                var escaped = Uri.EscapeDataString(value.Replace("\ud800", "?", StringComparison.Ordinal).Replace("\udfff", "?", StringComparison.Ordinal));
                if (p["in"]?.GetValue<string>() == "path")
                {
                    if (value.Length == 0 || value.Contains('\0', StringComparison.Ordinal)) continue; // Kestrel refuses a NUL in the path before the app
                    var segments = path.Split('/');
                    var filled = url.Split('/');
                    var i = Array.IndexOf(segments, "{" + name + "}");
                    if (i < 0 || i >= filled.Length) continue;
                    filled[i] = escaped;
                    yield return ($"path {name}={Short(value)}", string.Join('/', filled), body is null ? null : Json("{}"));
                }
                else yield return ($"query {name}={Short(value)}", $"{url}?{name}={escaped}", body is null ? null : Json("{}"));
            }
        }
        if (body is null) yield break;

        // Whole bodies.
        yield return ("empty body", url, Json(""));
        yield return ("no content type", url, new ByteArrayContent("{}"u8.ToArray()));
        yield return ("not JSON", url, Json("this is <not> json {"));
        yield return ("form instead of JSON", url, new FormUrlEncodedContent(new Dictionary<string, string> { ["a"] = "b" }));
        yield return ("array", url, Json("[1,2,3]"));
        yield return ("null", url, Json("null"));
        yield return ("missing fields", url, Json("{}"));
        yield return ("truncated", url, Json("{\"a\":"));
        yield return ("deep nesting", url, Json(new string('[', 5000) + new string(']', 5000)));
        var plausible = Object(doc, body, 0);
        var extra = (JsonObject)plausible.DeepClone();
        extra["unknownField"] = "surprise";
        extra["__proto__"] = new JsonObject { ["admin"] = true };
        yield return ("extra fields", url, Json(extra.ToJsonString()));
        var allHuge = (JsonObject)plausible.DeepClone();
        foreach (var (name, _) in plausible) allHuge[name] = Huge;
        yield return ("all fields huge", url, Json(allHuge.ToJsonString()));

        // One property at a time.
        var properties = body["properties"]?.AsObject().Select(kv => (kv.Key, Schema: kv.Value!)).ToList() ?? [];
        foreach (var (name, schema) in properties)
        {
            var type = TypeOf(doc, schema);
            var values = new List<(string, string)>
            {
                ("missing", ""),
                ("null", "null"),
                ("wrong type object", "{\"x\":1}"),
                ("wrong type array", "[\"x\"]"),
                ("wrong type bool", "true"),
                ("wrong type string", "\"abc\""),
                ("wrong type number", "12345"),
            };
            values.AddRange(Numbers.Where(n => n != "NaN").Select(n => ("number " + n, n)));
            values.AddRange(Unicode.Select(u => ("unicode " + Short(u), JsonString(u))));
            values.AddRange(BadScalars.Select(s => ("scalar " + Short(s), JsonString(s))));
            if (type.StartsWith("string", StringComparison.Ordinal)) values.Add(("huge", JsonString(Huge)));
            foreach (var (label, raw) in values)
            {
                var rest = new JsonObject();
                foreach (var (n, v) in plausible) if (n != name) rest[n] = v?.DeepClone();
                var json = rest.ToJsonString();
                if (label != "missing") json = json.Length == 2 ? $"{{\"{name}\":{raw}}}" : $"{{\"{name}\":{raw},{json[1..]}";
                yield return ($"{name}: {label}", url, Json(json));
            }
        }
    }

    /// <summary>A JSON string literal that keeps lone surrogates as \u escapes (System.Text.Json would replace them).</summary>
    internal static string JsonString(string s)
    {
        var b = new StringBuilder("\"");
        foreach (var c in s)
        {
            if (c is '"' or '\\') b.Append('\\').Append(c);
            else if (c < ' ' || char.IsSurrogate(c) || c > '~') b.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else b.Append(c);
        }
        return b.Append('"').ToString();
    }

    internal static string Short(string s) => s.Length > 20 ? $"{s.Length} chars" : JsonString(s);
}
