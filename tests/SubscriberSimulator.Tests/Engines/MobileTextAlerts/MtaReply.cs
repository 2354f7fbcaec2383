using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

/// <summary>A response read completely: status, headers and the parsed JSON body (Undefined when empty).</summary>
internal sealed record MtaReply(HttpStatusCode Status, HttpResponseHeaders Headers, JsonElement Json, string Raw)
{
    public JsonElement Data => Json.GetProperty("data");

    public string Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    public static async Task<MtaReply> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new MtaReply(response.StatusCode, response.Headers, json, text);
    }
}
