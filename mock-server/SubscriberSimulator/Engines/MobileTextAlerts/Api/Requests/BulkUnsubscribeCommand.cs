using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// <c>POST /v3/unsubscribes/bulk</c>: 1 to 1,000 records <c>{"number": "..."}</c>, the numbers
/// kept as sent (they are echoed in error records). Read in one pass like the other bulk readers:
/// this reader, not the generic spec walk, checks the route's body (MtaSpecAgreementTests keeps
/// the two in agreement). A number that is a string but not a phone number is the rules' business
/// (an error record), not a malformed request.
/// </summary>
internal static class BulkUnsubscribeCommand
{
    public static string[] FromJson(JsonElement body)
    {
        BulkLimits.CheckArray(body, "number records", allowEmpty: false);
        var numbers = new string[body.GetArrayLength()];
        var index = 0;
        foreach (var element in body.EnumerateArray())
        {
            var where = new RecordLocation(index, false);
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw RequestRefusedException.BadRequest($"{where}each record must be an object {{\"number\": \"...\"}}.");
            }

            string? number = null;
            foreach (var property in element.EnumerateObject())
            {
                number = property.NameEquals("number")
                    ? JsonFields.Text(property.Value, where, "number")
                    : throw RequestRefusedException.BadRequest($"{where}unknown field '{JsonFields.Shorten(property.Name)}'.");
            }

            numbers[index++] = number switch
            {
                null => throw RequestRefusedException.BadRequest($"{where}number is required."),
                "" => throw RequestRefusedException.BadRequest($"{where}number must not be empty."),
                _ => number,
            };
        }

        return numbers;
    }
}
