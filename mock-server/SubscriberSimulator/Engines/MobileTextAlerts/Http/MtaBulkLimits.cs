namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>The documented record limit of the bulk endpoints.</summary>
internal static class MtaBulkLimits
{
    public const int MaxRecords = 1_000;

    public static void CheckArray(System.Text.Json.JsonElement body)
    {
        if (body.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            throw MtaRequestException.BadRequest("The request body must be a JSON array of subscriber records.");
        }

        var count = body.GetArrayLength();
        if (count > MaxRecords)
        {
            throw MtaRequestException.BadRequest(
                $"This endpoint accepts at most 1,000 records per request; this one has {count}. Nothing was written.");
        }
    }
}
