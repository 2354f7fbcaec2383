using SubscriberSdk.Attentive.Api;
using SubscriberSdk.Attentive.Api.Models;
using SubscriberSdk.Attentive.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>The calling Attentive app. Reach it through <see cref="AttentiveClient.Account"/>.</summary>
public class AttentiveAccountClient
{
    private readonly ClientCore _core;
    private readonly AttentiveApiClient _api;

    internal AttentiveAccountClient(ClientCore core, AttentiveApiClient api)
    {
        _core = core;
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveAccountClient()
    {
        _core = null!;
        _api = null!;
    }

    /// <summary>The app's name and its company (a cheap way to check a token).</summary>
    public virtual Task<SubscriberResponse<GetMeResponseDto?>> GetMeAsync(CancellationToken cancellationToken = default)
    {
        var call = _core.Call(AttentiveOperations.Me);
        return call.RunAsync(() => _api.V1.Me.GetAsync(call.Configure, cancellationToken));
    }
}
