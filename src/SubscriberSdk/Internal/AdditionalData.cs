using Microsoft.Kiota.Abstractions.Serialization;

namespace SubscriberSdk.Internal;

/// <summary>Turns caller dictionaries into Kiota additional data (free-form JSON objects).</summary>
internal static class AdditionalData
{
    public static Dictionary<string, object> From(IReadOnlyDictionary<string, object?> values) =>
        values.ToDictionary(pair => pair.Key, pair => pair.Value ?? (object)new UntypedNull());
}
