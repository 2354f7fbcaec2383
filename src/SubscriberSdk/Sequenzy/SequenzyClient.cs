using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Api;

namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Client for Sequenzy's API v1 (subscribers, tags, imports, lists). Immutable and thread-safe; every
/// client with the same key shares one pacer (100 per minute, 20 per second).
/// </summary>
public class SequenzyClient : SubscriberClientBase
{
    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public SequenzyClient(SequenzyClientOptions options)
        : this(options, null)
    {
    }

    internal SequenzyClient(SequenzyClientOptions options, HttpClient? httpClient)
        : base(CreateCore(options, httpClient))
    {
        var core = Core!;
        Generated = new SequenzyApiClient(core.Adapter);
        Subscribers = new SequenzySubscribersClient(core, Generated);
        Imports = new SequenzyImportsClient(core, Generated);
        Lists = new SequenzyListsClient(core, Generated);
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

    private static ClientCore CreateCore(SequenzyClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ClientCore(options, HeaderAuthenticationProvider.Bearer(options.ApiKey!), httpClient);
    }
}
