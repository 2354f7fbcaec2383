using SubscriberSdk.Essential.Generated;
using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>Essential channel tags. Reach it through <see cref="EssentialClient.Tags"/>.</summary>
public class EssentialTagsClient : SubscriberResourceClient
{
    private readonly EssentialApiClient _api;

    internal EssentialTagsClient(ClientCore core, EssentialApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialTagsClient()
    {
        _api = null!;
    }

    /// <summary>Creates a tag on a channel.</summary>
    public virtual Task<SubscriberResponse<EssentialTag>> CreateAsync(string channelSid, string name, CancellationToken cancellationToken = default)
    {
        var body = new CreateTagRequest
        {
            ChannelSid = Guard.Required(channelSid, nameof(channelSid), "channelSid"),
            Name = Guard.Required(name, nameof(name), "The tag name"),
        };
        var call = Core.Call(EssentialOperations.CreateTag);
        return call.RunAsync(() => _api.V2.Account.Tags.PostAsync(body, call.Configure, cancellationToken), EssentialModelMapper.ToTag);
    }

    /// <summary>Lists a channel's tags.</summary>
    public virtual async Task<SubscriberResponse<IReadOnlyList<EssentialTag>>> ListAsync(string channelSid, bool includeDeleted = false, CancellationToken cancellationToken = default)
    {
        var channel = Guard.Required(channelSid, nameof(channelSid), "channelSid");
        var call = Core.Call(EssentialOperations.ListTags);
        return await call.RunAsync(
            () => _api.V2.Account.Channels[channel].Tags.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.IncludeDeleted = includeDeleted ? true : null;
                },
                cancellationToken),
            static tags => (IReadOnlyList<EssentialTag>)tags.Select(EssentialModelMapper.ToTag).ToList()).ConfigureAwait(false);
    }
}
