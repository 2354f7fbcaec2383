using System.Text.Json.Serialization;
using SubscriberSdk.Internal.Json;
using SubscriberSdk.Essential.Generated.Models;

namespace SubscriberSdk.Essential.Internal;

/// <summary>
/// The Essential models read and written with System.Text.Json source generation instead of kiota's JSON (see
/// <see cref="SubscriberSdk.Internal.Json.KiotaJsonModels"/>): the upsert, the SDK's most frequent call, and the
/// subscriber every subscriber call answers with. The primitives are the values free-form maps (properties,
/// unknown fields) hold.
/// </summary>
[JsonSerializable(typeof(UpsertSubscriberRequest))]
[JsonSerializable(typeof(Subscriber))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double))]
internal sealed partial class EssentialJsonContext : JsonSerializerContext
{
    private static KiotaJsonModels? _models;

    /// <summary>Built on first use (after the generated <c>Default</c>); a race builds two equal instances, which is harmless.</summary>
    public static KiotaJsonModels Models => _models ??= new KiotaJsonModels(Default);
}
