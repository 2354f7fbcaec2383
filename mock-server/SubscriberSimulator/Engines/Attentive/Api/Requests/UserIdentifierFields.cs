using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>
/// Reads the identifiers of a user from the bodies of the user operations, as keys in lookup order
/// (phone, email, Shopify ID, Klaviyo ID, client user ID, custom identifiers). Phones and emails
/// are checked like every Attentive phone and email; empty strings are refused (omit the field).
/// </summary>
internal static class UserIdentifierFields
{
    /// <summary>
    /// Adds the identifiers found in <paramref name="parent"/> to <paramref name="identifiers"/>:
    /// the string fields named in <paramref name="kinds"/>, then <c>customIdentifiers</c> whose items
    /// name the identifier with <paramref name="customName"/> ("name" in v1, "key" in v2).
    /// </summary>
    public static void Read(JsonElement parent, string path, List<UserIdentifier> identifiers, ReadOnlySpan<UserIdentifierKind> kinds, string? customName)
    {
        foreach (var kind in kinds)
        {
            var name = WireNames.Of(kind);
            if (JsonFields.NonEmptyString(parent, name, path + name) is { } value)
            {
                identifiers.Add(new UserIdentifier(kind, string.Empty, Key(kind, value, path + name)));
            }
        }

        if (customName is not null && JsonFields.Array(parent, "customIdentifiers", path + "customIdentifiers") is { } array)
        {
            // The same cap as a subscribe body's, counted before any work: without it, identify with
            // 5,000 custom identifiers took 1.5 s and the count had no bound.
            if (array.GetArrayLength() > ExternalIdentifiersField.MaxCustomIdentifiers)
            {
                throw RequestRefusedException.BadRequest($"{path}customIdentifiers must contain at most {ExternalIdentifiersField.MaxCustomIdentifiers} items.");
            }

            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemPath = $"{path}customIdentifiers[{index++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw RequestRefusedException.BadRequest($"{itemPath} must be an object with {customName} and value.");
                }

                var name = JsonFields.NonEmptyString(item, customName, $"{itemPath}.{customName}");
                var value = JsonFields.NonEmptyString(item, "value", itemPath + ".value");
                if (name is null || value is null)
                {
                    throw RequestRefusedException.BadRequest($"{itemPath} needs both {customName} and value.");
                }

                identifiers.Add(UserIdentifier.Custom(name, value));
            }
        }
    }

    private static string Key(UserIdentifierKind kind, string value, string path) => kind switch
    {
        UserIdentifierKind.Phone => ContactIdentifiers.RequireKey(AttentiveChannel.Text, value, path),
        UserIdentifierKind.Email => ContactIdentifiers.RequireKey(AttentiveChannel.Email, value, path),
        _ => value,
    };
}
