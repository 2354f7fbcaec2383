using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>The body of POST /v1/subscriptions, checked for shape (the sign-up unit is resolved by the rules).</summary>
internal sealed record SubscribeCommand(
    RequestUser User,
    string? SignUpSourceId,
    string? Language,
    string? Country,
    bool HasLocale,
    AttentiveSubscriptionType? SubscriptionType,
    bool SingleOptIn,
    AttentiveExternalIdentifiers? ExternalIdentifiers)
{
    public static SubscribeCommand FromJson(JsonElement body)
    {
        var root = JsonFields.RequireObject(body);
        var user = RequestUser.FromJson(root);
        var locale = JsonFields.Object(root, "locale", "locale");
        var typeText = JsonFields.String(root, "subscriptionType", "subscriptionType");
        AttentiveSubscriptionType? type = null;
        if (typeText is not null)
        {
            if (!WireNames.TryParseType(typeText, out var parsed) || parsed == AttentiveSubscriptionType.CheckoutAbandoned)
            {
                throw RequestRefusedException.BadRequest("subscriptionType must be MARKETING or TRANSACTIONAL.");
            }

            type = parsed;
        }

        return new SubscribeCommand(
            user,
            JsonFields.String(root, "signUpSourceId", "signUpSourceId"),
            locale is { } l ? JsonFields.String(l, "language", "locale.language") : null,
            locale is { } c ? JsonFields.String(c, "country", "locale.country") : null,
            locale is not null,
            type,
            JsonFields.Boolean(root, "singleOptIn", "singleOptIn") ?? false,
            ExternalIdentifiersField.Read(root));
    }
}
