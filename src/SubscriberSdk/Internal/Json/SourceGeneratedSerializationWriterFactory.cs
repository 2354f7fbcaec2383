using Microsoft.Kiota.Abstractions.Serialization;

namespace SubscriberSdk.Internal.Json;

/// <summary>Kiota's JSON writer factory whose writers serialize the provider's listed models with System.Text.Json.</summary>
internal sealed class SourceGeneratedSerializationWriterFactory(KiotaJsonModels models, ISerializationWriterFactory kiota) : ISerializationWriterFactory
{
    public string ValidContentType => KiotaJsonModels.ContentType;

    public ISerializationWriter GetSerializationWriter(string contentType) =>
        new SourceGeneratedSerializationWriter(models, () => kiota.GetSerializationWriter(contentType));
}
