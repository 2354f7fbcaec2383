using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;

namespace Contract.Tests.Conformance;

/// <summary>
/// One provider account the conformance suite talks to over plain HTTP: the simulator (a fresh
/// tenant seeded through <c>/__sim</c>) or a sandbox named by environment variables. Every
/// exchange goes through a <see cref="ContractValidatingHandler"/>.
/// </summary>
public sealed class ProviderTarget : IDisposable
{
    private readonly HttpClient _http;
    private readonly HttpClient? _controls;

    internal ProviderTarget(ProviderSpec provider, Uri baseAddress, AuthenticationHeaderValue authorization, HttpClient? controls, IReadOnlyDictionary<string, string> settings)
    {
        Provider = provider;
        Settings = settings;
        _controls = controls;
        var basePath = baseAddress.AbsolutePath.TrimEnd('/');
        _http = new HttpClient(new ContractValidatingHandler(new SocketsHttpHandler(), Log, provider, basePath))
        {
            BaseAddress = new Uri(baseAddress.ToString().TrimEnd('/') + "/"),
        };
        _http.DefaultRequestHeaders.Authorization = authorization;
    }

    public ProviderSpec Provider { get; }

    public ContractViolationLog Log { get; } = new();

    public bool IsSimulator => _controls is not null;

    /// <summary>Provider identifiers the tests need (tenant id, channel sid, sign-up source...).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public Task<ConformanceResponse> SendAsync(HttpMethod method, string relativePath, object? body = null, string? contentType = "application/json") =>
        SendAsync(_http, method, relativePath.TrimStart('/'), body, contentType);

    /// <summary>A simulator control (<c>/__sim/...</c>); fails clearly when the target is a sandbox.</summary>
    public Task<ConformanceResponse> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        RequireSimulator();
        return SendAsync(_controls!, method, path, body, "application/json");
    }

    public void RequireSimulator() =>
        Assert.True(IsSimulator, $"This test needs simulator controls; against a sandbox run with --filter \"Target!={ConformanceSettings.SimulatorOnlyTrait}\".");

    public void Dispose() => _http.Dispose();

    private static async Task<ConformanceResponse> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            var bytes = body switch
            {
                byte[] raw => raw,
                string json => Encoding.UTF8.GetBytes(json),
                JsonNode node => Encoding.UTF8.GetBytes(node.ToJsonString()),
                _ => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body),
            };
            request.Content = new ByteArrayContent(bytes);
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        var response = await client.SendAsync(request).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        JsonNode? parsed = null;
        try
        {
            parsed = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            parsed = null;
        }

        return new ConformanceResponse((int)response.StatusCode, parsed, response);
    }
}
