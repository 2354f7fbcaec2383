using SubscriberSdk.Attentive.Generated;
using SubscriberSdk.Attentive.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>
/// Attentive users: custom attributes, identity resolution and the v2 user calls. Reach it through
/// <see cref="AttentiveClient.Users"/>.
/// </summary>
public class AttentiveUsersClient : SubscriberResourceClient
{
    private readonly AttentiveApiClient _api;

    internal AttentiveUsersClient(ClientCore core, AttentiveApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveUsersClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Sets custom attributes on a user (<c>POST /v1/attributes/custom</c>); each value replaces the stored
    /// value of the same name. Attentive answers 200 with no body. Safe to retry.
    /// </summary>
    public virtual Task<SubscriberResponse<AttentiveAcknowledgement>> SetCustomAttributesAsync(AttentiveCustomAttributesRequest request, CancellationToken cancellationToken = default)
    {
        var body = AttentiveUserRequestMapper.ToCustomAttributes(request);
        var call = Core.Call(AttentiveOperations.SetCustomAttributes);
        return call.RunAsync(
            () => AttentiveAcknowledgements.FromBodyless(_api.V1.Attributes.Custom.PostAsync(body, call.Configure, cancellationToken)),
            AttentiveAcknowledgements.Same);
    }

    /// <summary>
    /// Links identifiers to one user (<c>POST /v1/identity-resolution/user-identifiers</c>, paced at 10 per
    /// second), so later calls can name the user by a client user ID or custom identifier. A
    /// <see cref="AttentiveUserIdentifiers.ClientUserId"/> or custom identifier needs another identifier
    /// beside it. Attentive answers 202 with no body. Safe to retry.
    /// </summary>
    public virtual Task<SubscriberResponse<AttentiveAcknowledgement>> IdentifyAsync(AttentiveUserIdentifiers identifiers, CancellationToken cancellationToken = default)
    {
        var body = AttentiveUserRequestMapper.ToIdentify(identifiers);
        var call = Core.Call(AttentiveOperations.Identify);
        return call.RunAsync(
            () => AttentiveAcknowledgements.FromBodyless(_api.V1.IdentityResolution.UserIdentifiers.PostAsync(body, call.Configure, cancellationToken)),
            AttentiveAcknowledgements.Same);
    }

    /// <summary>
    /// Creates the user its identifiers find, or updates it, with attributes and subscriptions
    /// (<c>POST /v2/user/attributes</c>, API v2). Subscriptions opt in as
    /// <see cref="AttentiveSubscriptionsClient.SubscribeAsync"/> does. Attentive answers 202.
    /// </summary>
    public virtual Task<SubscriberResponse<AttentiveUserAttributesResult>> UpsertAsync(AttentiveUserAttributesRequest request, CancellationToken cancellationToken = default)
    {
        var body = AttentiveUserRequestMapper.ToUserAttributes(request, nameof(request));
        var call = Core.Call(AttentiveOperations.UpsertUser);
        return call.RunAsync(() => _api.V2.User.Attributes.PostAsync(body, call.Configure, cancellationToken), AttentiveModelMapper.ToUserAttributesResult);
    }
}
