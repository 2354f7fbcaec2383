using SubscriberSdk.Attentive.Api;
using SubscriberSdk.Attentive.Api.Models;
using SubscriberSdk.Attentive.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>The calling Attentive app. Reach it through <see cref="AttentiveClient.Account"/>.</summary>
public class AttentiveAccountClient : SubscriberResourceClient<AttentiveApiClient>
{
    internal AttentiveAccountClient(ClientCore core, AttentiveApiClient api)
        : base(core, api)
    {
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveAccountClient()
    {
    }

    /// <summary>The app's name and its company (a cheap way to check a token).</summary>
    public virtual Task<SubscriberResponse<GetMeResponseDto?>> GetMeAsync(CancellationToken cancellationToken = default)
    {
        var call = Core.Call(AttentiveOperations.Me);
        return call.RunAsync(() => Api.V1.Me.GetAsync(call.Configure, cancellationToken));
    }
}
