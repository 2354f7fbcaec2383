using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.Essential;

/// <summary>A response read whole: status, headers and the JSON body (if any).</summary>
internal sealed record EssentialResponse(HttpStatusCode Status, HttpResponseHeaders Headers, string? ContentType, JsonElement Body, string Raw)
{
    public static async Task<EssentialResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new EssentialResponse(response.StatusCode, response.Headers, response.Content.Headers.ContentType?.MediaType, body, text);
    }

    public int StatusCode => (int)Status;

    public string Str(string name) => Body.GetProperty(name).GetString()!;

    /// <summary>Asserts Essential's error shape and returns the message.</summary>
    public string AssertError(HttpStatusCode expected)
    {
        Assert.Equal(expected, Status);
        Assert.Equal("application/json", ContentType);
        Assert.Equal((int)expected, Body.GetProperty("status").GetInt32());
        var message = Body.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message!;
    }
}
