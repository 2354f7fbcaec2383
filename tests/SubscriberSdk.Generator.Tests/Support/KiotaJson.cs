using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>Reads and writes generated models through Kiota's own JSON parse node and writer.</summary>
internal static class KiotaJson
{
    private static readonly MethodInfo GetObjectValue = typeof(JsonParseNode).GetMethod(nameof(JsonParseNode.GetObjectValue))!;
    private static readonly MethodInfo GetCollection = typeof(JsonParseNode).GetMethod(nameof(JsonParseNode.GetCollectionOfObjectValues))!;

    public static object Deserialize(Type modelType, string json, bool isCollection)
    {
        using var document = JsonDocument.Parse(json);
        var node = new JsonParseNode(document.RootElement.Clone());
        var factory = Factory(modelType);
        var method = (isCollection ? GetCollection : GetObjectValue).MakeGenericMethod(modelType);
        var value = method.Invoke(node, [factory]) ?? throw new InvalidOperationException($"Kiota returned null for {modelType.Name}.");
        return isCollection ? ((IEnumerable<object>)value).ToList() : value;
    }

    public static JsonNode? Serialize(object value)
    {
        using var writer = new JsonSerializationWriter();
        if (value is IEnumerable<object> items)
        {
            writer.WriteCollectionOfObjectValues<IParsable>(null, items.Cast<IParsable>());
        }
        else
        {
            writer.WriteObjectValue<IParsable>(null, (IParsable)value);
        }

        using var stream = writer.GetSerializedContent();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return JsonNode.Parse(reader.ReadToEnd());
    }

    public static Delegate Factory(Type modelType)
    {
        var create = modelType.GetMethod("CreateFromDiscriminatorValue", BindingFlags.Public | BindingFlags.Static, [typeof(IParseNode)])
            ?? throw new InvalidOperationException($"{modelType.FullName} has no CreateFromDiscriminatorValue.");
        return Delegate.CreateDelegate(typeof(ParsableFactory<>).MakeGenericType(modelType), create);
    }
}
