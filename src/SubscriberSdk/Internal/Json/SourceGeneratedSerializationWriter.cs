using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace SubscriberSdk.Internal.Json;

/// <summary>
/// The writer a request body is serialized with (<c>RequestInformation.SetContentFromParsable</c>): a whole
/// body that is a listed model, or a list of one, becomes System.Text.Json's bytes in one call; anything else
/// is kiota's writer's job, unchanged. A listed body holding a free-form value the context cannot write (a
/// caller's nested map in workflow arguments, kiota's untyped nodes) is written by kiota too, so the bytes
/// on the wire are always the ones kiota would send.
/// </summary>
internal sealed class SourceGeneratedSerializationWriter(KiotaJsonModels models, ISerializationWriter kiota) : ISerializationWriter, IDisposable
{
    private byte[]? _json;

    public Action<IParsable>? OnBeforeObjectSerialization
    {
        get => kiota.OnBeforeObjectSerialization;
        set => kiota.OnBeforeObjectSerialization = value;
    }

    public Action<IParsable>? OnAfterObjectSerialization
    {
        get => kiota.OnAfterObjectSerialization;
        set => kiota.OnAfterObjectSerialization = value;
    }

    public Action<IParsable, ISerializationWriter>? OnStartObjectSerialization
    {
        get => kiota.OnStartObjectSerialization;
        set => kiota.OnStartObjectSerialization = value;
    }

    public void WriteObjectValue<T>(string? key, T? value, params IParsable?[] additionalValuesToMerge)
        where T : IParsable
    {
        if (key is null && value is not null && additionalValuesToMerge.Length == 0 && models.TryGetTypeInfo<T>(out var typeInfo) && TrySerialize(value, typeInfo))
        {
            return;
        }

        kiota.WriteObjectValue(key, value, additionalValuesToMerge);
    }

    public void WriteCollectionOfObjectValues<T>(string? key, IEnumerable<T>? values)
        where T : IParsable
    {
        if (key is null && values is not null && models.TryGetTypeInfo<IEnumerable<T>>(out var typeInfo) && TrySerialize(values, typeInfo))
        {
            return;
        }

        kiota.WriteCollectionOfObjectValues(key, values);
    }

    public Stream GetSerializedContent() => _json is { } json ? new MemoryStream(json, writable: false) : kiota.GetSerializedContent();

    public void WriteStringValue(string? key, string? value) => kiota.WriteStringValue(key, value);

    public void WriteBoolValue(string? key, bool? value) => kiota.WriteBoolValue(key, value);

    public void WriteByteValue(string? key, byte? value) => kiota.WriteByteValue(key, value);

    public void WriteSbyteValue(string? key, sbyte? value) => kiota.WriteSbyteValue(key, value);

    public void WriteIntValue(string? key, int? value) => kiota.WriteIntValue(key, value);

    public void WriteFloatValue(string? key, float? value) => kiota.WriteFloatValue(key, value);

    public void WriteLongValue(string? key, long? value) => kiota.WriteLongValue(key, value);

    public void WriteDoubleValue(string? key, double? value) => kiota.WriteDoubleValue(key, value);

    public void WriteDecimalValue(string? key, decimal? value) => kiota.WriteDecimalValue(key, value);

    public void WriteGuidValue(string? key, Guid? value) => kiota.WriteGuidValue(key, value);

    public void WriteDateTimeOffsetValue(string? key, DateTimeOffset? value) => kiota.WriteDateTimeOffsetValue(key, value);

    public void WriteTimeSpanValue(string? key, TimeSpan? value) => kiota.WriteTimeSpanValue(key, value);

    public void WriteDateValue(string? key, Date? value) => kiota.WriteDateValue(key, value);

    public void WriteTimeValue(string? key, Time? value) => kiota.WriteTimeValue(key, value);

    public void WriteCollectionOfPrimitiveValues<T>(string? key, IEnumerable<T>? values) => kiota.WriteCollectionOfPrimitiveValues(key, values);

    public void WriteCollectionOfEnumValues<T>(string? key, IEnumerable<T?>? values)
        where T : struct, Enum => kiota.WriteCollectionOfEnumValues(key, values);

    public void WriteByteArrayValue(string? key, byte[]? value) => kiota.WriteByteArrayValue(key, value);

    public void WriteEnumValue<T>(string? key, T? value)
        where T : struct, Enum => kiota.WriteEnumValue(key, value);

    public void WriteNullValue(string? key) => kiota.WriteNullValue(key);

    public void WriteAdditionalData(IDictionary<string, object> value) => kiota.WriteAdditionalData(value);

    public void Dispose() => (kiota as IDisposable)?.Dispose();

    private bool TrySerialize<TValue>(TValue value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TValue> typeInfo)
    {
        try
        {
            _json = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
            return true;
        }
        catch (NotSupportedException)
        {
            // A free-form value of a type the context does not list: kiota's writer knows how kiota writes it.
            return false;
        }
    }
}
