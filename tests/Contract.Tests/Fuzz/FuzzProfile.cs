using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;

namespace Contract.Tests.Fuzz;

/// <summary>What the fuzz needs to know per provider: how to seed a tenant over HTTP and the shape of its error body.</summary>
internal abstract class FuzzProfile
{
    public abstract ProviderSpec Provider { get; }

    /// <summary>Seeds one tenant through <c>/__sim</c> (<paramref name="controls"/>) and the provider API (<paramref name="api"/>).</summary>
    public abstract Task<FuzzTenant> SeedAsync(HttpClient controls, HttpClient api, SchemaValueGenerator generator);

    /// <summary>Null when the body is the provider's error body for <paramref name="status"/>, else what is wrong.</summary>
    public abstract string? CheckErrorBody(int status, JsonNode? body);

    public static FuzzProfile For(string providerId) => providerId switch
    {
        "essential" => new EssentialFuzzProfile(),
        "sequenzy" => new SequenzyFuzzProfile(),
        "attentive" => new AttentiveFuzzProfile(),
        "mta" => new MobileTextAlertsFuzzProfile(),
        _ => throw new ArgumentException($"No fuzz profile for '{providerId}'.", nameof(providerId)),
    };

    protected static async Task<JsonObject> PostAsync(HttpClient client, string path, JsonNode body, AuthenticationHeaderValue? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Seeding {path} failed with {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text) as JsonObject ?? [];
    }

    protected static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
