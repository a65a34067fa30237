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
            if (!clients.TryGetValue(persona, out var client)) clients[persona] = client = await TestWorld.ClientForAsync(App, world, persona);
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

    private static readonly Persona[] FormUsers = [Persona.MenteeA, Persona.MentorA, Persona.Coordinator, Persona.Admin];

    private sealed record Form(Persona Persona, string Page, string Action, List<(string Name, string Type, string Value)> Fields);

    /// <summary>Each post form of each page each person may see, read from the rendered HTML.</summary>
    private async Task<(List<Form> Forms, Dictionary<Persona, HttpClient> Clients, int Pages)> FormsAsync(World world)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var routes = TestWorld.Routes(App).Where(r => r.StartsWith("GET /", StringComparison.Ordinal) && !r.StartsWith("GET /api/", StringComparison.Ordinal)
            && AuthorizationMatrixTests.Table.TryGetValue(r, out var rule) && rule.Rule is not (AuthorizationMatrixTests.Route.Gone or AuthorizationMatrixTests.Route.AlwaysDenied)
            && r is not "GET /Account/SignOut" and not "GET /healthz" and not "GET /openapi/{documentName}.json" and not "GET /calendar/{token}.ics").ToList();
        var forms = new List<Form>();
        var clients = new Dictionary<Persona, HttpClient>();
        var pages = 0;
        foreach (var persona in FormUsers)
        {
            var client = clients[persona] = await TestWorld.ClientForAsync(App, world, persona);
            foreach (var route in routes)
            {
                if (!AuthorizationMatrixTests.Allowed(AuthorizationMatrixTests.Table[route], persona)) continue;
                var (_, url) = TestWorld.Fill(route, world);
                using var response = await client.GetAsync(url, Ct);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                pages++;
                var html = parser.ParseDocument(await response.Content.ReadAsStringAsync(Ct));
                foreach (var form in html.QuerySelectorAll("form"))
                {
                    if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)) continue;
                    var action = form.GetAttribute("action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : url;
                    var fields = form.QuerySelectorAll("input, textarea, select")
                        .Where(e => e.GetAttribute("name") is { Length: > 0 } && e.GetAttribute("type") is not ("submit" or "button" or "image" or "reset" or "file"))
                        .Select(e => (e.GetAttribute("name")!, e.LocalName == "input" ? (e.GetAttribute("type") ?? "text").ToLowerInvariant() : e.LocalName,
                            e.LocalName == "textarea" ? e.TextContent : e.LocalName == "select" ? e.QuerySelector("option")?.GetAttribute("value") ?? "" : e.GetAttribute("value") ?? ""))
                        .ToList();
                    var targets = form.QuerySelectorAll("button[formaction], input[formaction]").Select(b => WebUtility.HtmlDecode(b.GetAttribute("formaction")!)).Prepend(action).Distinct();
                    foreach (var target in targets)
                    {
                        if (target.StartsWith("/Account/SignOut", StringComparison.OrdinalIgnoreCase)) continue; // would end the session under test
                        if (target.StartsWith("/Account/Data", StringComparison.OrdinalIgnoreCase) && target.Contains("handler=", StringComparison.OrdinalIgnoreCase)) continue; // deletes the account
                        forms.Add(new Form(persona, route, target, fields));
                    }
                }
            }
        }
        return (forms, clients, pages);
    }

    /// <summary>The mutations each form gets: every field at once, one kind of bad value per post.</summary>
    private static IEnumerable<(string Label, Dictionary<string, string>? Values)> FormMutations(Form form, int seed)
    {
        string Text(string kind, int i) => kind switch
        {
            "huge" => HugeForm,
            "unicode" => Unicode[(seed + i) % Unicode.Length],
            _ => "",
        };
        Dictionary<string, string> With(Func<(string Name, string Type, string Value), int, string> value)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var f in form.Fields) if (f.Name != "__RequestVerificationToken") d.TryAdd(f.Name, value(f, i++));
            return d;
        }
        static bool IsNumber(string type) => type is "number" or "range";
        static bool IsDate(string type) => type is "date" or "datetime-local" or "time" or "month" or "week";
        string[] badDates = ["31/02/2026", "0001-01-01", "9999-12-31"];
        string[] badNumbers = ["-99999999999999999999", "1e308", "abc"];
        yield return ("all huge", With((f, i) => IsNumber(f.Type) ? badNumbers[i % 3] : IsDate(f.Type) ? badDates[i % 3] : Text("huge", i)));
        yield return ("unicode", With((f, i) => IsNumber(f.Type) ? badNumbers[(i + 1) % 3] : IsDate(f.Type) ? badDates[(i + 1) % 3] : Text("unicode", i)));
        yield return ("numbers and dates as text", With((f, i) => IsNumber(f.Type) || IsDate(f.Type) ? Text("unicode", i) : badNumbers[(seed + i) % 3]));
        yield return ("dates", With((f, i) => IsDate(f.Type) ? badDates[(seed + i + 2) % 3] : IsNumber(f.Type) ? badNumbers[(seed + i + 2) % 3] : badDates[(seed + i) % 3]));
        yield return ("all missing", []);
        var extra = With((f, i) => Text("unicode", i + 3));
        extra["Unknown.Field"] = "surprise";
        extra["Input.IsAdmin"] = "true";
        extra["handler"] = "nope";
        yield return ("extra fields", extra);
    }

    private static readonly string HugeForm = new('y', 200_000);

    [Fact]
    public async Task Every_form_answers_bad_input_without_a_5xx()
    {
        var world = await TestWorld.SetUpAsync(App, Ct);
        var (forms, clients, pages) = await FormsAsync(world);
        var failures = new List<string>();
        var requests = 0;
        var tokens = new Dictionary<Persona, string>();
        for (var n = 0; n < forms.Count; n++)
        {
            var form = forms[n];
            var client = clients[form.Persona];
            if (!tokens.TryGetValue(form.Persona, out var token))
                tokens[form.Persona] = token = ThriveApp.AntiforgeryToken(await client.GetStringAsync("/Account/Profile", Ct));
            foreach (var (label, values) in FormMutations(form, n))
            {
                var all = new Dictionary<string, string>(values!) { ["__RequestVerificationToken"] = token };
                using var response = await client.PostAsync(form.Action, new FormUrlEncodedContent(all), Ct);
                requests++;
                var status = (int)response.StatusCode;
                if (status >= 500) failures.Add($"{form.Persona} POST {form.Action} (form of {form.Page}) [{label}]: {status}");
            }
        }
        TestContext.Current.SendDiagnosticMessage($"Form abuse: {pages} pages, {forms.Count} forms, {requests} posts");
        Assert.True(forms.Count >= 40, $"only {forms.Count} forms found on {pages} pages");
        Assert.True(failures.Count == 0, $"{failures.Count} failures in {requests} posts:\n" + string.Join("\n", failures.Take(60)));
    }

    [Fact]
    public async Task Every_form_posted_without_its_antiforgery_token_is_refused()
    {
        var world = await TestWorld.SetUpAsync(App, Ct);
        var (forms, clients, _) = await FormsAsync(world);
        var failures = new List<string>();
        foreach (var form in forms)
        {
            var fields = form.Fields.Where(f => f.Name != "__RequestVerificationToken").GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Value);
            using var response = await clients[form.Persona].PostAsync(form.Action, new FormUrlEncodedContent(fields), Ct);
            var exempt = form.Action.StartsWith("/Unsubscribe", StringComparison.Ordinal); // RFC 8058 one-click: mail clients post without a token
            if (!exempt && response.StatusCode != HttpStatusCode.BadRequest)
                failures.Add($"{form.Persona} POST {form.Action} (form of {form.Page}) without a token: {(int)response.StatusCode}");
        }
        Assert.True(forms.Count >= 40, $"only {forms.Count} forms found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
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
