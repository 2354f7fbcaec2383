using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>
/// A map of custom attribute names to scalar values (v1 <c>properties</c>, v2 <c>attributes.custom</c>):
/// strings, numbers and booleans only; an array or object value is a 400, as Attentive documents.
/// </summary>
internal static class AttributeValuesField
{
    public static List<KeyValuePair<string, AttributeValue>> Read(JsonElement map, string path)
    {
        var values = new List<KeyValuePair<string, AttributeValue>>();
        foreach (var property in map.EnumerateObject())
        {
            var value = AttributeValue.FromJson(property.Value)
                ?? throw RequestRefusedException.BadRequest($"{path}: custom attribute values must be strings, numbers or booleans; arrays, objects and null are not supported.");
            values.Add(new(property.Name, value));
        }

        return values;
    }
}
