using SubscriberSdk.Internal.Paging;
using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated;
using SubscriberSdk.Sequenzy.Generated.Models;
using SubscriberSdk.Sequenzy.Internal;

namespace SubscriberSdk.Sequenzy;

/// <summary>Sequenzy lists. Reach it through <see cref="SequenzyClient.Lists"/>.</summary>
public class SequenzyListsClient : SubscriberResourceClient
{
    private readonly SequenzyApiClient _api;
    internal SequenzyListsClient(ClientCore core, SequenzyApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzyListsClient()
    {
        _api = null!;
    }

    /// <summary>Lists the workspace's lists (Sequenzy answers them in one response: one page).</summary>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<SequenzyList> ListAsync(CancellationToken cancellationToken = default) =>
        Pages.Single(
            stop =>
            {
                var call = Core.Call(SequenzyOperations.ListLists);
                return call.RunAsync(() => _api.Api.V1.Lists.GetAsync(call.Configure, stop), static r => (IReadOnlyList<SequenzyList>)(r.Lists ?? []).Select(SequenzyModelMapper.ToList).ToList());
            },
            cancellationToken);

    /// <summary>Adds up to 100 emails to a list; malformed ones come back as failed entries, not an exception.</summary>
    public virtual Task<SubscriberResponse<SequenzyAddToListResult>> AddSubscribersAsync(
        string listId, IEnumerable<string> emails, SequenzyDuplicateStrategy? duplicateStrategy = null, SequenzyOptInMode? optInMode = null, bool? enrollInSequences = null,
        CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(listId, nameof(listId), "listId");
        var body = new AddSubscribersToListRequest
        {
            Emails = [.. Guard.Records(emails, nameof(emails), SequenzyRequestMapper.MaxListEmails)],
            DuplicateStrategy = EnumMapping.Convert<SequenzyDuplicateStrategy, DuplicateStrategy>(duplicateStrategy),
            OptInMode = EnumMapping.Convert<SequenzyOptInMode, OptInMode>(optInMode),
            EnrollInSequences = enrollInSequences,
        };
        var call = Core.Call(SequenzyOperations.AddToList);
        return call.RunAsync(() => _api.Api.V1.Lists[id].Subscribers.PostAsync(body, call.Configure, cancellationToken), SequenzyModelMapper.ToAddToListResult);
    }
}
