using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Api;
using SubscriberSdk.Sequenzy.Api.Models;
using SubscriberSdk.Sequenzy.Internal;

namespace SubscriberSdk.Sequenzy;

/// <summary>Sequenzy lists. Reach it through <see cref="SequenzyClient.Lists"/>.</summary>
public class SequenzyListsClient : SubscriberResourceClient<SequenzyApiClient>
{
    internal SequenzyListsClient(ClientCore core, SequenzyApiClient api)
        : base(core, api)
    {
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzyListsClient()
    {
    }

    /// <summary>Lists the workspace's lists.</summary>
    public virtual Task<SubscriberResponse<IReadOnlyList<SubscriberList>>> ListAsync(CancellationToken cancellationToken = default)
    {
        var call = Core.Call(SequenzyOperations.ListLists);
        return call.RunAsync(() => Api.Api.V1.Lists.GetAsync(call.Configure, cancellationToken), static (r, _) => (IReadOnlyList<SubscriberList>)(r?.Lists ?? []));
    }

    /// <summary>Adds up to 100 emails to a list; malformed ones come back as failed entries, not an exception.</summary>
    public virtual Task<SubscriberResponse<AddSubscribersToListResponse?>> AddSubscribersAsync(
        string listId, IEnumerable<string> emails, DuplicateStrategy? duplicateStrategy = null, OptInMode? optInMode = null, bool? enrollInSequences = null,
        CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(listId, nameof(listId), "listId");
        var body = new AddSubscribersToListRequest
        {
            Emails = [.. Guard.Records(emails, nameof(emails), SequenzyRequestMapper.MaxListEmails)],
            DuplicateStrategy = duplicateStrategy,
            OptInMode = optInMode,
            EnrollInSequences = enrollInSequences,
        };
        var call = Core.Call(SequenzyOperations.AddToList);
        return call.RunAsync(() => Api.Api.V1.Lists[id].Subscribers.PostAsync(body, call.Configure, cancellationToken));
    }
}
