using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>What the subscriber does on their phone: reply "Y" to confirm, or STOP to opt out.</summary>
internal static class ConsentRules
{
    /// <summary>Confirms every pending TEXT subscription of the number and sends the welcome text; nothing pending is a 409.</summary>
    public static void ReplyY(UnitOfWork<AttentiveCompany> work, string phone)
    {
        var contact = Require(work.Tenant, phone);
        var pending = SubscriptionTypes.All.Where(type => contact.Get(type) == AttentiveSubscriptionState.Pending).ToArray();
        if (pending.Length == 0)
        {
            throw RequestRefusedException.Conflict("No subscription of this number is waiting for a Y reply.");
        }

        work.OnCommit(() => SetAll(contact, pending, AttentiveSubscriptionState.Active));
        work.Send(Messages.Welcome(work.Tenant, phone));
    }

    /// <summary>Unsubscribes every TEXT subscription of the number; the carrier-required confirmation always goes out.</summary>
    public static void StopReply(UnitOfWork<AttentiveCompany> work, string phone)
    {
        var contact = Require(work.Tenant, phone);
        var reachable = SubscriptionTypes.All
            .Where(type => contact.Get(type) is AttentiveSubscriptionState.Pending or AttentiveSubscriptionState.Active)
            .ToArray();
        work.OnCommit(() => SetAll(contact, reachable, AttentiveSubscriptionState.Unsubscribed));
        work.Send(Messages.UnsubscribeConfirmation(work.Tenant, phone, null));
    }

    private static AttentiveContact Require(AttentiveCompany company, string phone)
    {
        var key = ContactIdentifiers.RequireKey(AttentiveChannel.Text, phone, "phone");
        return company.Phones.TryGetValue(key, out var contact) && contact.HasAnySubscription
            ? contact
            : throw RequestRefusedException.NotFound("No TEXT subscriber with this phone number exists in the company.");
    }

    private static void SetAll(AttentiveContact contact, AttentiveSubscriptionType[] types, AttentiveSubscriptionState state)
    {
        foreach (var type in types)
        {
            contact.Set(type, state);
        }
    }
}
