using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>What the subscriber does on their phone: reply "Y" to confirm, or STOP to opt out.</summary>
internal static class ConsentRules
{
    /// <summary>Confirms every pending TEXT subscription of the number and sends the welcome text.</summary>
    public static void PlanReplyY(CompanyTransaction transaction, string phone)
    {
        var contact = Require(transaction.Company, phone);
        var confirmed = 0;
        foreach (var type in SubscriptionTypes.All)
        {
            if (contact.Get(type) == AttentiveSubscriptionState.Pending)
            {
                transaction.Change(new ContactChange(contact, null, type, AttentiveSubscriptionState.Active, null));
                confirmed++;
            }
        }

        if (confirmed == 0)
        {
            throw AttentiveRequestException.Conflict("No subscription of this number is waiting for a Y reply.");
        }

        transaction.Send(AttentiveMessages.Welcome(transaction.Company, phone));
    }

    /// <summary>Unsubscribes every TEXT subscription of the number; the carrier-required confirmation always goes out.</summary>
    public static void PlanStopReply(CompanyTransaction transaction, string phone)
    {
        var contact = Require(transaction.Company, phone);
        foreach (var type in SubscriptionTypes.All)
        {
            if (contact.Get(type) is AttentiveSubscriptionState.Pending or AttentiveSubscriptionState.Active)
            {
                transaction.Change(new ContactChange(contact, null, type, AttentiveSubscriptionState.Unsubscribed, null));
            }
        }

        transaction.Send(AttentiveMessages.UnsubscribeConfirmation(transaction.Company, phone, null));
    }

    private static AttentiveContact Require(AttentiveCompany company, string phone)
    {
        var key = ContactIdentifiers.RequireKey(AttentiveChannel.Text, phone, "phone");
        return company.Phones.TryGetValue(key, out var contact) && contact.HasAnySubscription
            ? contact
            : throw AttentiveRequestException.NotFound("No TEXT subscriber with this phone number exists in the company.");
    }
}
