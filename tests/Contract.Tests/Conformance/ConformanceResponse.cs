using System.Text.Json.Nodes;

namespace Contract.Tests.Conformance;

/// <summary>A status code and the parsed JSON body (null when empty or not JSON).</summary>
public sealed record ConformanceResponse(int Status, JsonNode? Body, HttpResponseMessage Message)
{
    public string? Text(string path) => Navigate(path)?.ToString();

    public JsonNode? Navigate(string path)
    {
        var node = Body;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(part, out var index) ? (node as JsonArray)?[index] : (node as JsonObject)?[part];
        }

        return node;
    }
}
