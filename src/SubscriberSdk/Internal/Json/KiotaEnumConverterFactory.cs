using System.CodeDom.Compiler;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SubscriberSdk.Internal.Json;

/// <summary>
/// Converts kiota's generated enums (nullable, as kiota declares every enum property) the way kiota's
/// JSON writer and parse node do: the <c>EnumMember</c> value on the wire, and null for a value the
/// enum does not know instead of an error.
/// </summary>
internal sealed class KiotaEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        Nullable.GetUnderlyingType(typeToConvert) is { IsEnum: true } type && type.IsDefined(typeof(GeneratedCodeAttribute), inherit: false);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(KiotaEnumConverter<>).MakeGenericType(Nullable.GetUnderlyingType(typeToConvert)!))!;
}
