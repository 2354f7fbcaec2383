using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>GET /v1/subscriptions, the inspection control and the C# API: the subscriptions one identifier reaches.</summary>
internal static class EligibilityRules
{
    /// <summary>Null when no contact with subscriptions has the key. The caller holds the company's lock.</summary>
    public static List<AttentiveSubscriptionView>? Find(AttentiveCompany company, AttentiveChannel channel, string key)
    {
        if (!company.Contacts(channel).TryGetValue(key, out var contact) || !contact.HasAnySubscription)
        {
            return null;
        }

        var views = new List<AttentiveSubscriptionView>(3);
        foreach (var type in SubscriptionTypes.All)
        {
            var state = contact.Get(type);
            if (state != AttentiveSubscriptionState.None)
            {
                views.Add(new AttentiveSubscriptionView(channel, type, state));
            }
        }

        return views;
    }

    /// <summary>Only an active subscription may be messaged: pending (waiting for "Y") and unsubscribed may not.</summary>
    public static bool IsEligible(AttentiveSubscriptionState state) => state == AttentiveSubscriptionState.Active;
}
