using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace SubscriberSdk.Internal.Json;

/// <summary>
/// The root of an answer: an object or a list of a listed model is deserialized from the bytes with
/// System.Text.Json; every other question (primitives, error bodies, models not listed) goes to kiota's
/// JSON parse node over the same bytes, built only when asked.
/// </summary>
internal sealed class SourceGeneratedParseNode(KiotaJsonModels models, IParseNodeFactory kiota, string contentType, ReadOnlyMemory<byte> json) : IParseNode
{
    private IParseNode? _kiotaNode;

    // Kept here and handed to kiota's node if one is built: setting them must not build it.
    public Action<IParsable>? OnBeforeAssignFieldValues { get; set; }

    public Action<IParsable>? OnAfterAssignFieldValues { get; set; }

    private IParseNode Kiota => _kiotaNode ??= CreateKiotaNode();

    public T GetObjectValue<T>(ParsableFactory<T> factory)
        where T : IParsable =>
        models.TryGetTypeInfo<T>(out var typeInfo) ? System.Text.Json.JsonSerializer.Deserialize(json.Span, typeInfo)! : Kiota.GetObjectValue(factory);

    public IEnumerable<T> GetCollectionOfObjectValues<T>(ParsableFactory<T> factory)
        where T : IParsable =>
        models.TryGetTypeInfo<List<T>>(out var typeInfo) ? System.Text.Json.JsonSerializer.Deserialize(json.Span, typeInfo) ?? [] : Kiota.GetCollectionOfObjectValues(factory);

    public string? GetStringValue() => Kiota.GetStringValue();

    public IParseNode? GetChildNode(string identifier) => Kiota.GetChildNode(identifier);

    public bool? GetBoolValue() => Kiota.GetBoolValue();

    public byte? GetByteValue() => Kiota.GetByteValue();

    public sbyte? GetSbyteValue() => Kiota.GetSbyteValue();

    public int? GetIntValue() => Kiota.GetIntValue();

    public float? GetFloatValue() => Kiota.GetFloatValue();

    public long? GetLongValue() => Kiota.GetLongValue();

    public double? GetDoubleValue() => Kiota.GetDoubleValue();

    public decimal? GetDecimalValue() => Kiota.GetDecimalValue();

    public Guid? GetGuidValue() => Kiota.GetGuidValue();

    public DateTimeOffset? GetDateTimeOffsetValue() => Kiota.GetDateTimeOffsetValue();

    public TimeSpan? GetTimeSpanValue() => Kiota.GetTimeSpanValue();

    public Date? GetDateValue() => Kiota.GetDateValue();

    public Time? GetTimeValue() => Kiota.GetTimeValue();

    public IEnumerable<T> GetCollectionOfPrimitiveValues<T>() => Kiota.GetCollectionOfPrimitiveValues<T>();

    public IEnumerable<T?> GetCollectionOfEnumValues<T>()
        where T : struct, Enum => Kiota.GetCollectionOfEnumValues<T>();

    public T? GetEnumValue<T>()
        where T : struct, Enum => Kiota.GetEnumValue<T>();

    public byte[]? GetByteArrayValue() => Kiota.GetByteArrayValue();

    // Kiota's JSON factory parses a MemoryStream synchronously (JsonDocument over the bytes), so waiting here blocks on nothing.
    private IParseNode CreateKiotaNode()
    {
        var node = kiota.GetRootParseNodeAsync(contentType, new MemoryStream(json.ToArray(), writable: false)).GetAwaiter().GetResult();
        node.OnBeforeAssignFieldValues = OnBeforeAssignFieldValues;
        node.OnAfterAssignFieldValues = OnAfterAssignFieldValues;
        return node;
    }
}
