using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// Subscription changes of one v2 user request, staged on its unit of work: a later record of a
/// bulk job sees what an earlier one opted in; the contacts change only at commit.
/// </summary>
internal sealed class StagedContacts
{
    private readonly UnitOfWork<AttentiveCompany> _work;
    private readonly AttentiveCompany _company;
    private readonly Dictionary<(AttentiveChannel Channel, string Key), AttentiveContact> _drafts = [];

    public StagedContacts(UnitOfWork<AttentiveCompany> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
        _company = work.Tenant;
        work.OnCommit(Apply);
    }

    public AttentiveSubscriptionState State(AttentiveChannel channel, string key, AttentiveSubscriptionType type) =>
        (_drafts.GetValueOrDefault((channel, key)) ?? _company.Contacts(channel).GetValueOrDefault(key))?.Get(type) ?? AttentiveSubscriptionState.None;

    public void Set(AttentiveChannel channel, string key, AttentiveSubscriptionType type, AttentiveSubscriptionState state)
    {
        if (!_drafts.TryGetValue((channel, key), out var draft))
        {
            draft = new AttentiveContact(key);
            if (_company.Contacts(channel).GetValueOrDefault(key) is { } stored)
            {
                foreach (var existing in SubscriptionTypes.All)
                {
                    draft.Set(existing, stored.Get(existing));
                }
            }
            else
            {
                _work.AddSubscriber();
            }

            _drafts.Add((channel, key), draft);
        }

        draft.Set(type, state);
    }

    private void Apply()
    {
        foreach (var ((channel, key), draft) in _drafts)
        {
            var contacts = _company.Contacts(channel);
            if (!contacts.TryGetValue(key, out var contact))
            {
                contact = new AttentiveContact(key);
                contacts.Add(key, contact);
            }

            foreach (var type in SubscriptionTypes.All)
            {
                contact.Set(type, draft.Get(type));
            }
        }
    }
}
