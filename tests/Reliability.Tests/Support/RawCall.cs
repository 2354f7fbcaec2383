using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Reliability.Tests.Support;

/// <summary>A plain HTTP call with a JSON body and the answer parsed, for checks that must not depend on the SDK.</summary>
internal static class RawCall
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path, AuthenticationHeaderValue? authorization, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = authorization;
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, body);
    }
}
