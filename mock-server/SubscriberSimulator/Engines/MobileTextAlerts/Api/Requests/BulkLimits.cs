using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>The documented record limit of the bulk endpoints.</summary>
internal static class BulkLimits
{
    public const int MaxRecords = 1_000;

    /// <summary>
    /// Refuses a body that is not an array of at most <see cref="MaxRecords"/> items (and, unless
    /// <paramref name="allowEmpty"/>, at least one); <paramref name="records"/> names the items in the message.
    /// </summary>
    public static void CheckArray(JsonElement body, string records = "subscriber records", bool allowEmpty = true)
    {
        if (body.ValueKind != JsonValueKind.Array)
        {
            throw RequestRefusedException.BadRequest($"The request body must be a JSON array of {records}.");
        }

        var count = body.GetArrayLength();
        if (count > MaxRecords)
        {
            throw RequestRefusedException.BadRequest(
                $"This endpoint accepts at most 1,000 records per request; this one has {count}. Nothing was written.");
        }

        if (count == 0 && !allowEmpty)
        {
            throw RequestRefusedException.BadRequest($"The request body must hold at least one of the {records}.");
        }
    }
}
