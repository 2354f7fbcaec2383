using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>
/// <c>externalIdentifiers</c> (NewExternalIdentifierDto) of a subscribe body, also how the state
/// file stores a contact's: empty strings are refused (omit the field instead).
/// </summary>
internal static class ExternalIdentifiersField
{
    /// <summary>The most custom identifiers one request may carry (README, "Limits").</summary>
    public const int MaxCustomIdentifiers = 1000;

    /// <summary>The object under <c>externalIdentifiers</c> of <paramref name="parent"/>, or null when absent.</summary>
    public static AttentiveExternalIdentifiers? Read(JsonElement parent)
    {
        if (JsonFields.Object(parent, "externalIdentifiers", "externalIdentifiers") is not { } external)
        {
            return null;
        }

        var custom = new List<AttentiveCustomIdentifier>();
        if (JsonFields.Array(external, "customIdentifiers", "externalIdentifiers.customIdentifiers") is { } array)
        {
            // Counted before any work: 160k custom identifiers once took over a minute of CPU.
            if (array.GetArrayLength() > MaxCustomIdentifiers)
            {
                throw RequestRefusedException.BadRequest($"externalIdentifiers.customIdentifiers must contain at most {MaxCustomIdentifiers} items.");
            }

            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var path = $"externalIdentifiers.customIdentifiers[{index++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw RequestRefusedException.BadRequest($"{path} must be an object with name and value.");
                }

                var name = JsonFields.NonEmptyString(item, "name", path + ".name");
                var value = JsonFields.NonEmptyString(item, "value", path + ".value");
                if (name is null || value is null)
                {
                    throw RequestRefusedException.BadRequest($"{path} needs both name and value.");
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
