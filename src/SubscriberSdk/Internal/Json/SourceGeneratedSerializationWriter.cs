using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace SubscriberSdk.Internal.Json;

/// <summary>
/// The writer a request body is serialized with (<c>RequestInformation.SetContentFromParsable</c>): a whole
/// body that is a listed model, or a list of one, becomes System.Text.Json's bytes in one call; anything else
/// is kiota's writer's job, unchanged. A listed body holding a free-form value the context cannot write (a
/// caller's nested map in workflow arguments, kiota's untyped nodes) is written by kiota too, so the bytes
/// on the wire are always the ones kiota would send. Kiota's writer is made only when it is needed: it takes a
/// pooled stream and a JSON writer up front, about 1 KB per request that a listed body never uses.
/// </summary>
internal sealed class SourceGeneratedSerializationWriter(KiotaJsonModels models, Func<ISerializationWriter> createKiota) : ISerializationWriter, IDisposable
{
    private byte[]? _json;
    private ISerializationWriter? _kiota;
    private Action<IParsable>? _onBefore;
    private Action<IParsable>? _onAfter;
    private Action<IParsable, ISerializationWriter>? _onStart;

    public Action<IParsable>? OnBeforeObjectSerialization
    {
        get => _onBefore;
        set => _onBefore = Forward(value, static (writer, action) => writer.OnBeforeObjectSerialization = action);
    }

    public Action<IParsable>? OnAfterObjectSerialization
    {
        get => _onAfter;
        set => _onAfter = Forward(value, static (writer, action) => writer.OnAfterObjectSerialization = action);
    }

    public Action<IParsable, ISerializationWriter>? OnStartObjectSerialization
    {
        get => _onStart;
        set => _onStart = Forward(value, static (writer, action) => writer.OnStartObjectSerialization = action);
    }

    private ISerializationWriter Kiota => _kiota ??= CreateKiota();

    public void WriteObjectValue<T>(string? key, T? value, params IParsable?[] additionalValuesToMerge)
        where T : IParsable
    {
        if (key is null && value is not null && additionalValuesToMerge.Length == 0 && models.TryGetTypeInfo<T>(out var typeInfo) && TrySerialize(value, typeInfo))
        {
            return;
        }

        Kiota.WriteObjectValue(key, value, additionalValuesToMerge);
    }

    public void WriteCollectionOfObjectValues<T>(string? key, IEnumerable<T>? values)
        where T : IParsable
    {
        if (key is null && values is not null && models.TryGetTypeInfo<IEnumerable<T>>(out var typeInfo) && TrySerialize(values, typeInfo))
        {
            return;
        }

        Kiota.WriteCollectionOfObjectValues(key, values);
    }

    public Stream GetSerializedContent() => _json is { } json ? new MemoryStream(json, writable: false) : Kiota.GetSerializedContent();

    public void WriteStringValue(string? key, string? value) => Kiota.WriteStringValue(key, value);

    public void WriteBoolValue(string? key, bool? value) => Kiota.WriteBoolValue(key, value);

    public void WriteByteValue(string? key, byte? value) => Kiota.WriteByteValue(key, value);

    public void WriteSbyteValue(string? key, sbyte? value) => Kiota.WriteSbyteValue(key, value);

    public void WriteIntValue(string? key, int? value) => Kiota.WriteIntValue(key, value);

    public void WriteFloatValue(string? key, float? value) => Kiota.WriteFloatValue(key, value);

    public void WriteLongValue(string? key, long? value) => Kiota.WriteLongValue(key, value);

    public void WriteDoubleValue(string? key, double? value) => Kiota.WriteDoubleValue(key, value);

    public void WriteDecimalValue(string? key, decimal? value) => Kiota.WriteDecimalValue(key, value);

    public void WriteGuidValue(string? key, Guid? value) => Kiota.WriteGuidValue(key, value);

    public void WriteDateTimeOffsetValue(string? key, DateTimeOffset? value) => Kiota.WriteDateTimeOffsetValue(key, value);

    public void WriteTimeSpanValue(string? key, TimeSpan? value) => Kiota.WriteTimeSpanValue(key, value);

    public void WriteDateValue(string? key, Date? value) => Kiota.WriteDateValue(key, value);

    public void WriteTimeValue(string? key, Time? value) => Kiota.WriteTimeValue(key, value);

    public void WriteCollectionOfPrimitiveValues<T>(string? key, IEnumerable<T>? values) => Kiota.WriteCollectionOfPrimitiveValues(key, values);

    public void WriteCollectionOfEnumValues<T>(string? key, IEnumerable<T?>? values)
        where T : struct, Enum => Kiota.WriteCollectionOfEnumValues(key, values);

    public void WriteByteArrayValue(string? key, byte[]? value) => Kiota.WriteByteArrayValue(key, value);

    public void WriteEnumValue<T>(string? key, T? value)
        where T : struct, Enum => Kiota.WriteEnumValue(key, value);

    public void WriteNullValue(string? key) => Kiota.WriteNullValue(key);

    public void WriteAdditionalData(IDictionary<string, object> value) => Kiota.WriteAdditionalData(value);

    public void Dispose() => (_kiota as IDisposable)?.Dispose();

    private ISerializationWriter CreateKiota()
    {
        var writer = createKiota();
        writer.OnBeforeObjectSerialization = _onBefore;
        writer.OnAfterObjectSerialization = _onAfter;
        writer.OnStartObjectSerialization = _onStart;
        return writer;
    }

    // A hook set after kiota's writer exists reaches it at once; one set before is handed over when it is made.
    private T? Forward<T>(T? action, Action<ISerializationWriter, T?> set)
        where T : Delegate
    {
        if (_kiota is { } writer)
        {
            set(writer, action);
        }

        return action;
    }

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
