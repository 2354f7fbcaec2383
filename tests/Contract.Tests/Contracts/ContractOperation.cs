using System.Text.Json.Nodes;

namespace Contract.Tests.Contracts;

/// <summary>One operation of a spec: method, path template, and where its schemas sit in the document.</summary>
public sealed class ContractOperation
{
    internal ContractOperation(ProviderSpec provider, string method, PathTemplate path, JsonObject definition)
    {
        Provider = provider;
        Method = method;
        PathTemplateInfo = path;
        Definition = definition;
        OperationId = definition["operationId"]?.GetValue<string>() ?? $"{method} {path.Template}";
    }

    public ProviderSpec Provider { get; }

    /// <summary>Upper-case HTTP method.</summary>
    public string Method { get; }

    public string PathTemplate => PathTemplateInfo.Template;

    public string OperationId { get; }

    /// <summary>The operation object of the spec (read only: shared by every caller).</summary>
    public JsonObject Definition { get; }

    internal PathTemplate PathTemplateInfo { get; }

    public string DisplayName => $"{Provider.Id}.{OperationId}";

    public bool RequestBodyRequired =>
        Definition["requestBody"]?["required"] is JsonValue required && required.TryGetValue<bool>(out var value) && value;

    /// <summary>The JSON schema of the request body, or null when the operation takes none.</summary>
    public JsonNode? RequestSchema => Definition["requestBody"]?["content"]?["application/json"]?["schema"];

    public IReadOnlyCollection<int> DocumentedStatuses =>
        (Definition["responses"] as JsonObject)?.Select(r => int.TryParse(r.Key, out var code) ? code : 0).Where(c => c > 0).ToArray() ?? [];

    /// <summary>The response object for a status: exact code, then "4XX" style, then "default".</summary>
    public JsonObject? FindResponse(int status)
    {
        if (Definition["responses"] is not JsonObject responses)
        {
            return null;
        }

        return responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] as JsonObject
            ?? responses[$"{status / 100}XX"] as JsonObject
            ?? responses["default"] as JsonObject;
    }

    public IEnumerable<JsonObject> Parameters(string location) =>
        (Definition["parameters"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(p => p["in"]?.GetValue<string>() == location);
}
