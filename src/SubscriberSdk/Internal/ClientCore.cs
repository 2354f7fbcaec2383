using Microsoft.Kiota.Http.HttpClientLibrary;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.Internal.Json;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Internal;

/// <summary>What every provider client shares: the frozen settings, the request adapter over the pipeline, and call creation.</summary>
internal sealed class ClientCore : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly HeaderAuthenticationProvider _authentication;

    /// <param name="options">Validated and frozen here.</param>
    /// <param name="authentication">Sets the provider's credential on every request.</param>
    /// <param name="httpClient">A client from <c>IHttpClientFactory</c> whose handlers already include the pipeline; null to build one.</param>
    /// <param name="jsonModels">The provider's models read and written with System.Text.Json source generation; null for kiota's JSON throughout.</param>
    public ClientCore(SubscriberClientOptions options, HeaderAuthenticationProvider authentication, HttpClient? httpClient = null, KiotaJsonModels? jsonModels = null)
    {
        Settings = new PipelineSettings(options);
        _authentication = authentication;
        DefaultRegion = PhoneRegions.Canonical(options.DefaultRegion)!;
        _ownsHttpClient = httpClient is null;
        _httpClient = httpClient ?? SubscriberHttpClientFactory.Create(Settings, options.Transport, options.LoggerFactory);
        BaseUrl = options.EffectiveBaseAddress.ToString().TrimEnd('/');
        Adapter = new HttpClientRequestAdapter(authentication, jsonModels?.ParseNodeFactory(), jsonModels?.SerializationWriterFactory(), _httpClient) { BaseUrl = BaseUrl };
    }

    public PipelineSettings Settings { get; }

    /// <summary>The options' region for national phone numbers, validated and upper-cased when the client was built.</summary>
    public string DefaultRegion { get; }

    public ProviderProfile Profile => Settings.Profile;

    public HttpClientRequestAdapter Adapter { get; }

    private string BaseUrl { get; }

    public ProviderCall Call(OperationPolicy policy, string? idempotencyKey = null, string? idempotencyHeader = null) =>
        new(Profile, policy, idempotencyKey, idempotencyHeader);

    /// <summary>
    /// Sends a raw request through the same handlers as the generated client (credential, pipeline,
    /// Kiota's handlers): the protocol-level escape hatch behind <see cref="SubscriberClientBase.SendRequestAsync"/>.
    /// </summary>
    public async Task<SubscriberProtocolResponse> SendRawAsync(HttpMethod method, string path, string? jsonBody, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri($"{BaseUrl}/{path.TrimStart('/')}", UriKind.Absolute));
        _authentication.Apply(request);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, System.Text.Encoding.UTF8, "application/json");
        }

        var option = new PipelineRequestOption(new OperationPolicy($"protocol {method.Method}"));
        option.AttachTo(request);
        using var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new SubscriberProtocolResponse((int)response.StatusCode, ResponseHeaderReader.Read(response), body, ResponseHeaderReader.RequestId(response), Math.Max(option.Attempts, 1));
    }

    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }
}
