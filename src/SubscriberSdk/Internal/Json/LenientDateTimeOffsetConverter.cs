using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SubscriberSdk.Internal.Json;

/// <summary>
/// Reads dates as kiota's parse node does: ISO 8601 first, then any form <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>
/// reads, and null for a value that is no date (kiota's answer too) rather than failing the whole response.
/// Writes System.Text.Json's ISO 8601 form, which is also what kiota's writer produces.
/// </summary>
internal sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        if (reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out value) ? value : null;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } moment)
        {
            writer.WriteStringValue(moment);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
