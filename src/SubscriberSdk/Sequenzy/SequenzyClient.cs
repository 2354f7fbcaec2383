using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated;

namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Client for Sequenzy's API v1 (subscribers, tags, imports, lists, events, sequence enrolments). Immutable and thread-safe; every
/// client with the same key shares one pacer (100 per minute, 20 per second).
/// </summary>
public class SequenzyClient : SubscriberClientBase
{
    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public SequenzyClient(SequenzyClientOptions options)
        : this(options, null)
    {
    }

    /// <summary>Creates a client for the common case: the workspace's API key, every other option at its default.</summary>
    public SequenzyClient(string apiKey)
        : this(new SequenzyClientOptions { ApiKey = apiKey })
    {
    }

    /// <summary>Creates a client with the workspace's API key, sending to <paramref name="baseAddress"/> (a simulator, a proxy) instead of the provider.</summary>
    public SequenzyClient(string apiKey, Uri baseAddress)
        : this(new SequenzyClientOptions { ApiKey = apiKey, BaseAddress = baseAddress ?? throw new ArgumentNullException(nameof(baseAddress)) })
    {
    }

    internal SequenzyClient(SequenzyClientOptions options, HttpClient? httpClient)
        : base(CreateCore(options, httpClient))
    {
        var core = Core!;
        var api = new SequenzyApiClient(core.Adapter);
        Subscribers = new SequenzySubscribersClient(core, api);
        Imports = new SequenzyImportsClient(core, api);
        Lists = new SequenzyListsClient(core, api);
        Events = new SequenzyEventsClient(core, api);
        Tags = new SequenzyTagsClient(core, api);
        Sequences = new SequenzySequencesClient(core, api);
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzyClient()
    {
        Subscribers = null!;
        Imports = null!;
        Lists = null!;
        Events = null!;
        Tags = null!;
        Sequences = null!;
    }

    /// <summary>Subscribers and their tags.</summary>
    public virtual SequenzySubscribersClient Subscribers { get; }

    /// <summary>Asynchronous imports of up to 5000 subscribers.</summary>
    public virtual SequenzyImportsClient Imports { get; }

    /// <summary>Lists.</summary>
    public virtual SequenzyListsClient Lists { get; }

    /// <summary>Events (one, several for one subscriber, or an import of many subscribers' events).</summary>
    public virtual SequenzyEventsClient Events { get; }

    /// <summary>Tag definitions.</summary>
    public virtual SequenzyTagsClient Tags { get; }

    /// <summary>Subscribers' sequence enrolments.</summary>
    public virtual SequenzySequencesClient Sequences { get; }

    private static ClientCore CreateCore(SequenzyClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ClientCore(options, HeaderAuthenticationProvider.Bearer(options.ApiKey!), httpClient);
    }
}
