using System.Text.Json;
using System.Text.Json.Serialization;
using SubscriberSdk.MobileTextAlerts.Generated.Models;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>
/// Mobile Text Alerts' <c>number</c> (an integer or a string, kiota's composed wrapper) as kiota reads and
/// writes it: the integer when the value is one, else the text; a wrapper with neither writes nothing.
/// </summary>
internal sealed class SubscriberNumberConverter : JsonConverter<SubscriberNumber>
{
    public override SubscriberNumber? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var number = new SubscriberNumber();
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var integer))
        {
            number.Int64 = integer;
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            number.String = reader.GetString();
        }
        else
        {
            reader.Skip();
        }

        return number;
    }

    public override void Write(Utf8JsonWriter writer, SubscriberNumber value, JsonSerializerOptions options)
    {
        if (value.Int64 is { } integer)
        {
            writer.WriteNumberValue(integer);
        }
        else if (value.String is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
