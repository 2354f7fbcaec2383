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

    /// <summary>
    /// Ends the list membership of up to 500 subscribers (by email or Sequenzy id); they stay subscribed
    /// to the workspace. Names that match no subscriber come back in <see cref="SequenzyListRemoveResult.NotFound"/>.
    /// </summary>
    /// <exception cref="ResourceNotFoundException">No such list.</exception>
    public virtual Task<SubscriberResponse<SequenzyListRemoveResult>> RemoveSubscribersAsync(
        string listId, IReadOnlyList<string>? emails = null, IReadOnlyList<string>? subscriberIds = null, CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(listId, nameof(listId), "listId");
        var targets = SequenzyTagMapper.Targets(emails, null, subscriberIds, nameof(emails));
        var body = new RemoveSubscribersFromListRequest { Emails = targets.Emails, SubscriberIds = targets.SubscriberIds };
        var call = Core.Call(SequenzyOperations.RemoveFromList);
        return call.RunAsync(() => _api.Api.V1.Lists[id].Subscribers.Remove.PostAsync(body, call.Configure, cancellationToken), SequenzyModelMapper.ToListRemoveResult);
    }
}
