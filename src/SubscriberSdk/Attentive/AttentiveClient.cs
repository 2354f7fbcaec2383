using SubscriberSdk.Attentive.Api;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>
/// Client for Attentive's API v1 (subscriptions and the calling app). Immutable and thread-safe; clients
/// with the same token share one pacer per endpoint family.
/// </summary>
public class AttentiveClient : IDisposable
{
    private readonly ClientCore? _core;

    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public AttentiveClient(AttentiveClientOptions options)
        : this(options, null)
    {
    }

    internal AttentiveClient(AttentiveClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _core = new ClientCore(options, HeaderAuthenticationProvider.Bearer(options.AccessToken!), httpClient);
        Generated = new AttentiveApiClient(_core.Adapter);
        Subscriptions = new AttentiveSubscriptionsClient(_core, Generated);
        Account = new AttentiveAccountClient(_core, Generated);
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveClient()
    {
        Generated = null!;
        Subscriptions = null!;
        Account = null!;
    }

    /// <summary>Subscriptions: opt in, opt out, read eligibility.</summary>
    public virtual AttentiveSubscriptionsClient Subscriptions { get; }

    /// <summary>The calling app and its company.</summary>
    public virtual AttentiveAccountClient Account { get; }

    /// <summary>The generated client over the same pipeline, for anything the facade does not cover. POSTs sent through it are never retried.</summary>
    public virtual AttentiveApiClient Generated { get; }

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
