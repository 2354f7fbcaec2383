using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

/// <summary>A response of the simulator: status, headers and the parsed JSON body.</summary>
internal sealed record SequenzyReply(HttpStatusCode Status, JsonElement Json, HttpResponseHeaders Headers, string Text)
{
    public JsonElement Subscriber => Json.GetProperty("subscriber");

    public string? String(params string[] path)
    {
        var element = Json;
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element.ValueKind == JsonValueKind.Null ? null : element.GetString();
    }

    public bool Bool(params string[] path)
    {
        var element = Json;
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element.GetBoolean();
    }

    public int Int(params string[] path)
    {
        var element = Json;
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element.GetInt32();
    }

    public static string[] Strings(JsonElement array)
    {
        var result = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            result.Add(item.GetString()!);
        }

        return result.ToArray();
    }
}
