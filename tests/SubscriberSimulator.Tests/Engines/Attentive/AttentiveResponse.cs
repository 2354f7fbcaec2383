using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>A response read whole: status, headers and the JSON body (if any).</summary>
internal sealed record AttentiveResponse(HttpStatusCode Status, HttpResponseHeaders Headers, string? ContentType, JsonElement Body)
{
    public static async Task<AttentiveResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new AttentiveResponse(response.StatusCode, response.Headers, response.Content.Headers.ContentType?.MediaType, body);
    }

    /// <summary>Asserts Attentive's error body {"error":{"id":int64,"message":"..."}} and returns the message.</summary>
    public string AssertError(HttpStatusCode expected)
    {
        Assert.Equal(expected, Status);
        Assert.Equal("application/json", ContentType);
        var error = Body.GetProperty("error");
        Assert.Equal(JsonValueKind.Number, error.GetProperty("id").ValueKind);
        Assert.True(error.GetProperty("id").TryGetInt64(out _));
        var message = error.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message!;
    }

    /// <summary>subscriptionResponses as "TYPE/CHANNEL/STATUS" strings, in order.</summary>
    public string[] Results(string statusName)
    {
        Assert.True(Status == HttpStatusCode.Accepted, $"Expected 202 but got {(int)Status}: {Body}");
        return Body.GetProperty("subscriptionResponses").EnumerateArray()
            .Select(item => $"{item.GetProperty("subscription").GetProperty("type").GetString()}/{item.GetProperty("subscription").GetProperty("channel").GetString()}/{item.GetProperty(statusName).GetString()}")
            .ToArray();
    }

    public string[] CreationResults() => Results("subscriptionCreationStatus");

    public string[] UnsubscribeResults() => Results("subscriptionUnsubscribeStatus");

    /// <summary>subscriptionEligibilities as "TYPE/CHANNEL/true|false".</summary>
    public string[] Eligibilities()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200 but got {(int)Status}: {Body}");
        return Body.GetProperty("subscriptionEligibilities").EnumerateArray()
            .Select(item => $"{item.GetProperty("subscription").GetProperty("type").GetString()}/{item.GetProperty("subscription").GetProperty("channel").GetString()}/{(item.GetProperty("eligibility").GetProperty("isEligible").GetBoolean() ? "true" : "false")}")
            .ToArray();
    }
}
