using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Domain;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Http;

/// <summary>Turns validated request bodies into commands.</summary>
internal static class AttentiveRequestParser
{
    public static SubscribeCommand ParseSubscribe(JsonElement? body)
    {
        var root = JsonFields.RequireObject(body);
        var (phone, email) = ParseUser(root);
        var locale = JsonFields.Object(root, "locale", "locale");
        var typeText = JsonFields.String(root, "subscriptionType", "subscriptionType");
        AttentiveSubscriptionType? type = null;
        if (typeText is not null)
        {
            if (!WireNames.TryParseType(typeText, out var parsed) || parsed == AttentiveSubscriptionType.CheckoutAbandoned)
            {
                throw AttentiveRequestException.BadRequest("subscriptionType must be MARKETING or TRANSACTIONAL.");
            }

            type = parsed;
        }

        return new SubscribeCommand(
            phone,
            email,
            JsonFields.String(root, "signUpSourceId", "signUpSourceId"),
            locale is { } l ? JsonFields.String(l, "language", "locale.language") : null,
            locale is { } c ? JsonFields.String(c, "country", "locale.country") : null,
            locale is not null,
            type,
            JsonFields.Boolean(root, "singleOptIn", "singleOptIn") ?? false,
            ParseExternalIdentifiers(root));
    }

    public static UnsubscribeCommand ParseUnsubscribe(JsonElement? body)
    {
        var root = JsonFields.RequireObject(body);
        var (phone, email) = ParseUser(root);
        List<(AttentiveSubscriptionType, AttentiveChannel)>? subscriptions = null;
        if (JsonFields.Array(root, "subscriptions", "subscriptions") is { } array)
        {
            subscriptions = new List<(AttentiveSubscriptionType, AttentiveChannel)>(array.GetArrayLength());
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var path = $"subscriptions[{index++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw AttentiveRequestException.BadRequest($"{path} must be an object with type and channel.");
                }

                if (!WireNames.TryParseType(JsonFields.String(item, "type", path + ".type"), out var type))
                {
                    throw AttentiveRequestException.BadRequest($"{path}.type must be MARKETING, TRANSACTIONAL or CHECKOUT_ABANDONED.");
                }

                if (!WireNames.TryParseChannel(JsonFields.String(item, "channel", path + ".channel"), out var channel))
                {
                    throw AttentiveRequestException.BadRequest($"{path}.channel must be TEXT or EMAIL.");
                }

                subscriptions.Add((type, channel));
            }
        }

        var notification = JsonFields.Object(root, "notification", "notification");
        var language = notification is { } n ? JsonFields.String(n, "language", "notification.language") : null;
        if (language is not null and not ("en-US" or "fr-CA"))
        {
            throw AttentiveRequestException.BadRequest("notification.language must be en-US or fr-CA.");
        }

        var disabled = notification is { } d && (JsonFields.Boolean(d, "disabled", "notification.disabled") ?? false);
        return new UnsubscribeCommand(phone, email, subscriptions, disabled, language);
    }

    private static (string? Phone, string? Email) ParseUser(JsonElement root)
    {
        var user = JsonFields.Object(root, "user", "user") ?? throw AttentiveRequestException.BadRequest("user is required.");
        var phone = JsonFields.String(user, "phone", "user.phone");
        var email = JsonFields.String(user, "email", "user.email");
        if (phone is null && email is null)
        {
            throw AttentiveRequestException.BadRequest("user must contain a phone or an email.");
        }

        if (phone is not null && ContactIdentifiers.PhoneProblem(phone) is { } rule)
        {
            throw ContactIdentifiers.PhoneRefused("user.phone", rule);
        }

        if (email is not null && !ContactIdentifiers.IsEmail(email))
        {
            throw AttentiveRequestException.BadRequest("user.email must be a valid email address.");
        }

        return (phone, email);
    }

    private static AttentiveExternalIdentifiers? ParseExternalIdentifiers(JsonElement root)
    {
        if (JsonFields.Object(root, "externalIdentifiers", "externalIdentifiers") is not { } external)
        {
            return null;
        }

        var custom = new List<AttentiveCustomIdentifier>();
        if (JsonFields.Array(external, "customIdentifiers", "externalIdentifiers.customIdentifiers") is { } array)
        {
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var path = $"externalIdentifiers.customIdentifiers[{index++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw AttentiveRequestException.BadRequest($"{path} must be an object with name and value.");
                }

                var name = JsonFields.NonEmptyString(item, "name", path + ".name");
                var value = JsonFields.NonEmptyString(item, "value", path + ".value");
                if (name is null || value is null)
                {
                    throw AttentiveRequestException.BadRequest($"{path} needs both name and value.");
                }

                custom.Add(new AttentiveCustomIdentifier(name, value));
            }
        }

        return new AttentiveExternalIdentifiers(
            JsonFields.NonEmptyString(external, "clientUserId", "externalIdentifiers.clientUserId"),
            JsonFields.NonEmptyString(external, "shopifyId", "externalIdentifiers.shopifyId"),
            JsonFields.NonEmptyString(external, "klaviyoId", "externalIdentifiers.klaviyoId"),
            custom);
    }
}
