using SubscriberSdk.Attentive.Generated;
using SubscriberSdk.Attentive.Generated.Models;
using SubscriberSdk.Attentive.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>The calling Attentive app. Reach it through <see cref="AttentiveClient.Account"/>.</summary>
public class AttentiveAccountClient : SubscriberResourceClient
{
    private readonly AttentiveApiClient _api;

    internal AttentiveAccountClient(ClientCore core, AttentiveApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveAccountClient()
    {
        _api = null!;
    }

    /// <summary>The app's name and its company (a cheap way to check a token).</summary>
    public virtual Task<SubscriberResponse<AttentiveApplication>> GetMeAsync(CancellationToken cancellationToken = default)
    {
        var call = Core.Call(AttentiveOperations.Me);
        return call.RunAsync(() => _api.V1.Me.GetAsync(call.Configure, cancellationToken), AttentiveModelMapper.ToApplication);
    }
}
