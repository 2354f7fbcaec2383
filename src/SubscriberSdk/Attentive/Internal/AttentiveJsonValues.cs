using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive.Internal;

/// <summary>
/// Caller values (strings, numbers, booleans, lists, nested dictionaries, JsonElements) as Kiota
/// untyped nodes, the one form Kiota serializes faithfully at any depth in <c>AdditionalData</c> (it
/// would write a nested dictionary as a list of key-value pairs). The walk goes through JSON once,
/// with Kiota's own parse node doing the conversion.
/// </summary>
internal static class AttentiveJsonValues
{
    public static Dictionary<string, object> ToUntyped(IEnumerable<KeyValuePair<string, object?>> values) =>
        values.ToDictionary(
            pair => pair.Key,
            pair => (object)new JsonParseNode(KiotaValues.ToJsonElement(pair.Value)).GetObjectValue(UntypedNode.CreateFromDiscriminatorValue)!,
            StringComparer.Ordinal);

    /// <summary>True for the scalar values Attentive takes as custom attributes: strings, booleans and finite numbers.</summary>
    public static bool IsAttributeValue(object? value) => value switch
    {
        string or bool or int or long or short or byte or sbyte or ushort or uint or ulong or decimal => true,
        double number => double.IsFinite(number),
        float number => float.IsFinite(number),
        _ => false,
    };
}
