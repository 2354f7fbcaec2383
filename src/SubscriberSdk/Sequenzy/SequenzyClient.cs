using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Api;

namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Client for Sequenzy's API v1 (subscribers, tags, imports, lists). Immutable and thread-safe; every
/// client with the same key shares one pacer (100 per minute, 20 per second).
/// </summary>
public class SequenzyClient : IDisposable
{
    private readonly ClientCore? _core;

    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public SequenzyClient(SequenzyClientOptions options)
        : this(options, null)
    {
    }

    internal SequenzyClient(SequenzyClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _core = new ClientCore(options, HeaderAuthenticationProvider.Bearer(options.ApiKey!), httpClient);
        Generated = new SequenzyApiClient(_core.Adapter);
        Subscribers = new SequenzySubscribersClient(_core, Generated);
        Imports = new SequenzyImportsClient(_core, Generated);
        Lists = new SequenzyListsClient(_core, Generated);
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzyClient()
    {
        Generated = null!;
        Subscribers = null!;
        Imports = null!;
        Lists = null!;
    }

    /// <summary>Subscribers and their tags.</summary>
    public virtual SequenzySubscribersClient Subscribers { get; }

    /// <summary>Asynchronous imports of up to 5000 subscribers.</summary>
    public virtual SequenzyImportsClient Imports { get; }

    /// <summary>Lists.</summary>
    public virtual SequenzyListsClient Lists { get; }

    /// <summary>The generated client over the same pipeline, for anything the facade does not cover. POSTs sent through it are never retried.</summary>
    public virtual SequenzyApiClient Generated { get; }

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
