using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SubscriberSdk.Internal.Json;

/// <summary>One generated enum for <see cref="KiotaEnumConverterFactory"/>: wire values from <c>EnumMember</c>, else the name with a lower-case first letter (kiota's rule).</summary>
internal sealed class KiotaEnumConverter<TEnum> : JsonConverter<TEnum?>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(value => value, WireName);
    private static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public override bool HandleNull => true;

    public override TEnum? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        return Values.TryGetValue(reader.GetString()!, out var value) ? value : null;
    }

    public override void Write(Utf8JsonWriter writer, TEnum? value, JsonSerializerOptions options)
    {
        if (value is { } known)
        {
            writer.WriteStringValue(Names[known]);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string WireName(TEnum value)
    {
        var name = Enum.GetName(value)!;
        return typeof(TEnum).GetField(name)?.GetCustomAttribute<EnumMemberAttribute>()?.Value
            ?? char.ToLowerInvariant(name[0]) + name[1..];
    }
}
