using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>The body of POST /v1/subscriptions/unsubscribe; <see cref="Subscriptions"/> null means all.</summary>
internal sealed record UnsubscribeCommand(
    RequestUser User,
    IReadOnlyList<(AttentiveSubscriptionType Type, AttentiveChannel Channel)>? Subscriptions,
    bool NotificationDisabled,
    string? NotificationLanguage)
{
    public static UnsubscribeCommand FromJson(JsonElement body)
    {
        var root = JsonFields.RequireObject(body);
        var user = RequestUser.FromJson(root);
        var notification = JsonFields.Object(root, "notification", "notification");
        var language = notification is { } n ? JsonFields.String(n, "language", "notification.language") : null;
        if (language is not null and not ("en-US" or "fr-CA"))
        {
            throw RequestRefusedException.BadRequest("notification.language must be en-US or fr-CA.");
        }

        var disabled = notification is { } d && (JsonFields.Boolean(d, "disabled", "notification.disabled") ?? false);
        return new UnsubscribeCommand(user, ReadSubscriptions(root), disabled, language);
    }

    private static List<(AttentiveSubscriptionType, AttentiveChannel)>? ReadSubscriptions(JsonElement root)
    {
        if (JsonFields.Array(root, "subscriptions", "subscriptions") is not { } array)
        {
            return null;
        }

        var subscriptions = new List<(AttentiveSubscriptionType, AttentiveChannel)>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"subscriptions[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw RequestRefusedException.BadRequest($"{path} must be an object with type and channel.");
            }

            if (!WireNames.TryParseType(JsonFields.String(item, "type", path + ".type"), out var type))
            {
                throw RequestRefusedException.BadRequest($"{path}.type must be MARKETING, TRANSACTIONAL or CHECKOUT_ABANDONED.");
            }

            if (!WireNames.TryParseChannel(JsonFields.String(item, "channel", path + ".channel"), out var channel))
            {
                throw RequestRefusedException.BadRequest($"{path}.channel must be TEXT or EMAIL.");
            }

            subscriptions.Add((type, channel));
        }

        return subscriptions;
    }
}
