using Microsoft.Kiota.Http.HttpClientLibrary;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Internal;

/// <summary>What every provider client shares: the frozen settings, the request adapter over the pipeline, and call creation.</summary>
internal sealed class ClientCore : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;

    /// <param name="options">Validated and frozen here.</param>
    /// <param name="authentication">Sets the provider's credential on every request.</param>
    /// <param name="httpClient">A client from <c>IHttpClientFactory</c> whose handlers already include the pipeline; null to build one.</param>
    public ClientCore(SubscriberClientOptions options, HeaderAuthenticationProvider authentication, HttpClient? httpClient = null)
    {
        Settings = new PipelineSettings(options);
        DefaultRegion = PhoneRegions.Canonical(options.DefaultRegion)!;
        _ownsHttpClient = httpClient is null;
        _httpClient = httpClient ?? SubscriberHttpClientFactory.Create(Settings, options.Transport, options.LoggerFactory);
        Adapter = new HttpClientRequestAdapter(authentication, httpClient: _httpClient)
        {
            BaseUrl = options.EffectiveBaseAddress.ToString().TrimEnd('/'),
        };
    }

    public PipelineSettings Settings { get; }

    /// <summary>The options' region for national phone numbers, validated and upper-cased when the client was built.</summary>
    public string DefaultRegion { get; }

    public ProviderProfile Profile => Settings.Profile;

    public HttpClientRequestAdapter Adapter { get; }

    public ProviderCall Call(OperationPolicy policy, string? idempotencyKey = null, string? idempotencyHeader = null) =>
        new(Profile, policy, idempotencyKey, idempotencyHeader);

    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }
}
