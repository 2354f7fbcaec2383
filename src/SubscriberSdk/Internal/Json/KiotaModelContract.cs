using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Kiota.Abstractions.Serialization;

namespace SubscriberSdk.Internal.Json;

/// <summary>
/// Makes System.Text.Json's source-generated contract of a kiota model say what kiota's own code says:
/// each property takes the wire name and position of its entry in the model's <c>GetFieldDeserializers</c>
/// (kiota writes and reads fields in that order), and <c>AdditionalData</c> becomes extension data
/// (written last, as kiota's <c>WriteAdditionalData</c> does; unknown fields land there when reading).
/// The names come from the generated code, not from a naming policy, so a spec whose names a policy
/// would not reproduce still round-trips; a property kiota does not know is a bug the tests catch.
/// </summary>
internal static class KiotaModelContract
{
    private const string AdditionalDataProperty = nameof(IAdditionalDataHolder.AdditionalData);
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> WireNames = new();

    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !typeof(IParsable).IsAssignableFrom(typeInfo.Type) || typeInfo.CreateObject is not { } create)
        {
            return;
        }

        var names = WireNames.GetOrAdd(typeInfo.Type, _ => [.. ((IParsable)create()).GetFieldDeserializers().Keys]);
        foreach (var property in typeInfo.Properties)
        {
            if (property.Name == AdditionalDataProperty && property.PropertyType == typeof(IDictionary<string, object>))
            {
                property.IsExtensionData = true;
                continue;
            }

            var index = IndexOf(names, property.Name);
            if (index < 0)
            {
                throw new InvalidOperationException($"{typeInfo.Type.Name}.{property.Name} has no field in the model's GetFieldDeserializers, so its wire name is unknown.");
            }

            property.Name = names[index];
            property.Order = index;
        }
    }

    // Kiota's property names are its wire names in PascalCase with separators dropped (e164Number ->
    // E164Number, account_sid -> AccountSid), so comparing letters and digits alone pairs them up.
    private static int IndexOf(IReadOnlyList<string> names, string propertyName)
    {
        var wanted = Letters(propertyName);
        for (var i = 0; i < names.Count; i++)
        {
            if (Letters(names[i]) == wanted)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Letters(string name) =>
        string.Concat(name.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
