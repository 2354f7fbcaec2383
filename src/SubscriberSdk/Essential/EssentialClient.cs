using SubscriberSdk.Essential.Api;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>
/// Client for Essential's subscriber API v2. Immutable and thread-safe: create one per set of credentials
/// and reuse it. Every call goes through the SDK's pipeline (timeouts, retry, circuit breaker, pacing).
/// </summary>
public class EssentialClient : IDisposable
{
    private readonly ClientCore? _core;

    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public EssentialClient(EssentialClientOptions options)
        : this(options, null)
    {
    }

    internal EssentialClient(EssentialClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _core = new ClientCore(options, HeaderAuthenticationProvider.Basic(options.AccountSid!, options.AuthToken!), httpClient);
        Generated = new EssentialApiClient(_core.Adapter);
        Subscribers = new EssentialSubscribersClient(_core, Generated);
        Tags = new EssentialTagsClient(_core, Generated);
        WelcomeSeries = new EssentialWelcomeSeriesClient(_core, Generated);
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialClient()
    {
        Generated = null!;
        Subscribers = null!;
        Tags = null!;
        WelcomeSeries = null!;
    }

    /// <summary>Subscribers: upsert with welcome, create, get, list, update, unsubscribe, start a workflow.</summary>
    public virtual EssentialSubscribersClient Subscribers { get; }

    /// <summary>Channel tags.</summary>
    public virtual EssentialTagsClient Tags { get; }

    /// <summary>Welcome series.</summary>
    public virtual EssentialWelcomeSeriesClient WelcomeSeries { get; }

    /// <summary>
    /// The generated client, for anything the facade does not cover. It shares this client's pipeline
    /// (so errors still arrive as <see cref="SubscriberApiException"/>), but POSTs sent through it are never retried.
    /// </summary>
    public virtual EssentialApiClient Generated { get; }

    /// <summary>The clock from the options (the system clock for a mock); the bulk engine defaults to it.</summary>
    internal TimeProvider TimeProvider => _core?.Settings.TimeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the HTTP client when this client created it.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _core?.Dispose();
        }
    }
}
