using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace SubscriberSdk.Internal.Json;

/// <summary>
/// The kiota models a provider reads and writes with System.Text.Json source generation instead of kiota's
/// JSON writer and parse nodes: a provider's <see cref="JsonSerializerContext"/> lists them (the large bodies and
/// answers, such as bulk chunks), and <see cref="KiotaModelContract"/> gives them kiota's wire names and order.
/// Every other model goes through kiota's own JSON, so this only changes how fast the listed ones are.
/// </summary>
internal sealed class KiotaJsonModels
{
    public const string ContentType = "application/json";

    private readonly JsonSerializerOptions _options;

    /// <param name="context">The provider's source-generated context (its <c>Default</c>).</param>
    /// <param name="converters">Converters for the provider's own wire shapes (composed types).</param>
    public KiotaJsonModels(JsonSerializerContext context, params JsonConverter[] converters)
    {
        _options = new JsonSerializerOptions
        {
            // Kiota leaves null fields out and escapes text with the encoder of its own serialization context.
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = KiotaJsonSerializationContext.Default.Options.Encoder,
            Converters = { new KiotaEnumConverterFactory(), new LenientDateTimeOffsetConverter() },
        };
        foreach (var converter in converters)
        {
            _options.Converters.Add(converter);
        }

        _options.TypeInfoResolver = context.WithAddedModifier(KiotaModelContract.Apply);
        _options.MakeReadOnly();
    }

    /// <summary>The contract of <typeparamref name="T"/> when the context lists it; otherwise kiota's JSON handles it.</summary>
    public bool TryGetTypeInfo<T>([NotNullWhen(true)] out JsonTypeInfo<T>? typeInfo)
    {
        typeInfo = _options.TryGetTypeInfo(typeof(T), out var info) ? info as JsonTypeInfo<T> : null;
        return typeInfo is not null;
    }

    /// <summary>Kiota's parse node factories with JSON read through these models first.</summary>
    public IParseNodeFactory ParseNodeFactory()
    {
        var registry = new ParseNodeFactoryRegistry();
        registry.ContentTypeAssociatedFactories[ContentType] = new SourceGeneratedParseNodeFactory(this, new JsonParseNodeFactory());
        return registry;
    }

    /// <summary>Kiota's serialization writer factories with JSON written through these models first.</summary>
    public ISerializationWriterFactory SerializationWriterFactory()
    {
        var registry = new SerializationWriterFactoryRegistry();
        registry.ContentTypeAssociatedFactories[ContentType] = new SourceGeneratedSerializationWriterFactory(this, new JsonSerializationWriterFactory());
        return registry;
    }
}
