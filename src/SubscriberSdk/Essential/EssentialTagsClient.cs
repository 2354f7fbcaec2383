using SubscriberSdk.Essential.Api;
using SubscriberSdk.Essential.Api.Models;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>Essential channel tags. Reach it through <see cref="EssentialClient.Tags"/>.</summary>
public class EssentialTagsClient : SubscriberResourceClient<EssentialApiClient>
{
    internal EssentialTagsClient(ClientCore core, EssentialApiClient api)
        : base(core, api)
    {
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialTagsClient()
    {
    }

    /// <summary>Creates a tag on a channel.</summary>
    public virtual Task<SubscriberResponse<Tag?>> CreateAsync(string channelSid, string name, CancellationToken cancellationToken = default)
    {
        var body = new CreateTagRequest
        {
            ChannelSid = Guard.Required(channelSid, nameof(channelSid), "channelSid"),
            Name = Guard.Required(name, nameof(name), "The tag name"),
        };
        var call = Core.Call(EssentialOperations.CreateTag);
        return call.RunAsync(() => Api.V2.Account.Tags.PostAsync(body, call.Configure, cancellationToken));
    }

    /// <summary>Lists a channel's tags.</summary>
    public virtual async Task<SubscriberResponse<IReadOnlyList<Tag>>> ListAsync(string channelSid, bool includeDeleted = false, CancellationToken cancellationToken = default)
    {
        var channel = Guard.Required(channelSid, nameof(channelSid), "channelSid");
        var call = Core.Call(EssentialOperations.ListTags);
        return await call.RunAsync(
            () => Api.V2.Account.Channels[channel].Tags.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.IncludeDeleted = includeDeleted ? true : null;
                },
                cancellationToken),
            static (tags, _) => (IReadOnlyList<Tag>)(tags ?? [])).ConfigureAwait(false);
    }
}
