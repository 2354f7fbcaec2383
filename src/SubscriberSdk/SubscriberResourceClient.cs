using SubscriberSdk.Internal;

namespace SubscriberSdk;

/// <summary>
/// What every resource sub-client (<c>client.Subscribers</c>, <c>client.Tags</c>, ...) holds: the
/// owning client's pipeline.
/// </summary>
public abstract class SubscriberResourceClient
{
    private protected SubscriberResourceClient(ClientCore core)
    {
        Core = core;
    }

    /// <summary>For mocking in tests: a sub-client with no pipeline.</summary>
    protected SubscriberResourceClient()
    {
        Core = null!;
    }

    private protected ClientCore Core { get; }
}
