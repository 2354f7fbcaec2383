namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>One request id per request, sent as X-Request-ID and repeated in error bodies.</summary>
internal static class MtaRequestIds
{
    private const string ItemKey = "mta.requestId";

    public static string Apply(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var existing) && existing is string id)
        {
            return id;
        }

        id = Guid.NewGuid().ToString();
        context.Items[ItemKey] = id;
        if (!context.Response.HasStarted)
        {
            context.Response.Headers["X-Request-ID"] = id;
        }

        return id;
    }
}
