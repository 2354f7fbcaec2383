using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// <c>POST /v3/subscribers/bulk</c>: up to 1,000 records and <c>createOnly</c>. Read in one pass
/// over the parsed document: this parser, not the generic spec walk, checks the route's body
/// (MtaSpecAgreementTests keeps the two in agreement).
/// </summary>
internal sealed record BulkCreateCommand(bool CreateOnly, SubscriberRecord[] Records)
{
    public const string CreateOnlyParameter = "createOnly";

    public static BulkCreateCommand FromJson(JsonElement body, IRequestValues query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var createOnly = ReadCreateOnly(query);
        BulkLimits.CheckArray(body);
        var records = new SubscriberRecord[body.GetArrayLength()];
        var index = 0;
        foreach (var element in body.EnumerateArray())
        {
            records[index] = SubscriberRecord.FromJson(element, new RecordLocation(index, false));
            index++;
        }

        return new BulkCreateCommand(createOnly, records);
    }

    private static bool ReadCreateOnly(IRequestValues query)
    {
        if (!query.TryGetValue(CreateOnlyParameter, out var values))
        {
            return false;
        }

        var text = values.Count == 1 ? values[0] : null;
        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw RequestRefusedException.BadRequest("createOnly must be 'true' or 'false'.");
    }
}
