using SubscriberSdk.Internal;

namespace SubscriberSdk;

/// <summary>
/// What every resource sub-client (<c>client.Subscribers</c>, <c>client.Tags</c>, ...) holds: the
/// owning client's pipeline and its generated API client.
/// </summary>
/// <typeparam name="TApi">The provider's generated Kiota client.</typeparam>
public abstract class SubscriberResourceClient<TApi>
    where TApi : class
{
    private protected SubscriberResourceClient(ClientCore core, TApi api)
    {
        Core = core;
        Api = api;
    }

    /// <summary>For mocking in tests: a sub-client with no pipeline.</summary>
    protected SubscriberResourceClient()
    {
        Core = null!;
        Api = null!;
    }

    private protected ClientCore Core { get; }

    private protected TApi Api { get; }
}
