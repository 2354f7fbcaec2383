using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// The custom attribute call (v1) and a v2 user record: attributes on the user its identifiers
/// name, and for v2 the subscriptions it opts in to, as addSubscriptions would. Everything a
/// record asks is checked before its user is staged.
/// </summary>
internal static class UserAttributeRules
{
    /// <summary>POST /v1/attributes/custom: values replace those of the same names; no limit on names.</summary>
    public static void SetCustom(UserWrites writes, CustomAttributesCommand command)
    {
        CustomAttributeRules.CheckAndCreateNames(writes.CustomAttributes, command.Properties, "properties", maxNames: null);
        var user = UserLookupRules.ForEvent(writes.Users, command.User);
        writes.Users.Write(user.WithCustomAttributes(command.Properties));
    }

    /// <summary>One v2 user record (POST /v2/user/attributes, or one record of a bulk job).</summary>
    public static void Apply(UserWrites writes, UserRecordCommand record)
    {
        var optIns = OptInsOf(writes.Company, record);
        CustomAttributeRules.CheckAndCreateNames(writes.CustomAttributes, record.Custom, "attributes.custom", CustomAttributeRules.MaxNamesPerCompanyV2);

        var user = UserLookupRules.LinkAll(writes.Users, record.Identifiers);
        writes.Users.Write(user.WithProfile(record.Profile).WithCustomAttributes(record.Custom));
        foreach (var (channel, key, type, singleOptIn) in optIns)
        {
            var current = writes.Contacts.State(channel, key, type);
            var (_, next) = SubscribeRules.OptIn(writes.Work, channel, key, type, current, singleOptIn);
            if (next is { } state)
            {
                writes.Contacts.Set(channel, key, type, state);
            }
        }
    }

    /// <summary>
    /// The record's subscriptions as (channel, contact key, type) once each, checked: a known API
    /// sign-up unit, and the identifier its channel needs. Decision: an entry repeating an earlier
    /// one's channel and type adds nothing (the first one's singleOptIn applies).
    /// </summary>
    private static List<(AttentiveChannel Channel, string Key, AttentiveSubscriptionType Type, bool SingleOptIn)> OptInsOf(AttentiveCompany company, UserRecordCommand record)
    {
        var optIns = new List<(AttentiveChannel, string, AttentiveSubscriptionType, bool)>(record.Subscriptions.Count);
        for (var i = 0; i < record.Subscriptions.Count; i++)
        {
            var subscription = record.Subscriptions[i];
            var path = $"subscriptions[{i}]";
            var unit = SignUpUnitRules.RequireApiUnit(company, subscription.SignUpSourceId, path + ".signUpSourceId");
            var key = subscription.Channel == AttentiveChannel.Text ? record.PhoneKey : record.EmailKey;
            if (key is null)
            {
                throw RequestRefusedException.BadRequest(subscription.Channel == AttentiveChannel.Text
                    ? $"{path} is a TEXT subscription: identifiers.phone is required."
                    : $"{path} is an EMAIL subscription: identifiers.email is required.");
            }

            if (!optIns.Any(existing => existing.Item1 == subscription.Channel && existing.Item3 == unit.Type))
            {
                optIns.Add((subscription.Channel, key, unit.Type, subscription.SingleOptIn));
            }
        }

        return optIns;
    }
}
