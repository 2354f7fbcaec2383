using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>
/// The subscription routes. Each write reads its input, then, holding the company's unit of
/// work, runs the rule and commits; the lookup holds the company's lock. The body was already
/// checked against the spec; the rules refuse what the spec cannot say.
/// </summary>
internal static class SubscriptionHandlers
{
    public static ProviderResponse Subscribe(ProviderCall<AttentiveCompany> call)
    {
        var command = SubscribeCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var results = SubscribeRules.Subscribe(work, command);
        work.Commit();
        return AttentiveJson.SubscribeResponse(command, results);
    }

    public static ProviderResponse Unsubscribe(ProviderCall<AttentiveCompany> call)
    {
        var command = UnsubscribeCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var results = UnsubscribeRules.Unsubscribe(work, command);
        work.Commit();
        return AttentiveJson.UnsubscribeResponse(command, results);
    }

    /// <summary>Exactly one of phone or email; an identifier with no subscription is a 404.</summary>
    public static ProviderResponse Eligibility(ProviderCall<AttentiveCompany> call)
    {
        var (channel, key) = AttentiveQuery.Contact(call.Query);
        lock (call.Tenant.Gate)
        {
            var views = EligibilityRules.Find(call.Tenant, channel, key)
                ?? throw RequestRefusedException.NotFound("No user with the given phone or email exists.");
            return AttentiveJson.EligibilityResponse(views);
        }
    }
}
