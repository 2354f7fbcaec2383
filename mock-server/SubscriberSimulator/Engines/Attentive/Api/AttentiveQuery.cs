using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>Attentive's query parameters: the contact a lookup names (the API's eligibility and the inspection control).</summary>
internal static class AttentiveQuery
{
    /// <summary>Exactly one of <c>phone</c> or <c>email</c>, checked and turned into its contact key; else a 400.</summary>
    public static (AttentiveChannel Channel, string Key) Contact(IRequestValues query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var phone = query.TryGetValue("phone", out var phoneValues) ? phoneValues.ToString() : null;
        var email = query.TryGetValue("email", out var emailValues) ? emailValues.ToString() : null;
        if ((phone is null) == (email is null))
        {
            throw RequestRefusedException.BadRequest("Send exactly one of the query parameters phone or email.");
        }

        var channel = phone is not null ? AttentiveChannel.Text : AttentiveChannel.Email;
        return (channel, ContactIdentifiers.RequireKey(channel, phone ?? email!, ContactIdentifiers.FieldOf(channel)));
    }
}
