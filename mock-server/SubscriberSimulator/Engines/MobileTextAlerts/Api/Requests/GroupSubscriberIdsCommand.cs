using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// <c>POST /v3/groups/{groupId}/subscribers/bulk-create</c> and <c>bulk-delete</c>:
/// <c>{"subscriberIds": [...]}</c>, 1 to 1,000 whole numbers. Read in one pass into an exact-size
/// array, like the subscriber bulk readers: this reader, not the generic spec walk, checks the
/// route's body (MtaSpecAgreementTests keeps the two in agreement).
/// </summary>
internal static class GroupSubscriberIdsCommand
{
    public const string IdsField = "subscriberIds";

    public static long[] FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body, IdsField);
        if (!body.TryGetProperty(IdsField, out var value))
        {
            throw RequestRefusedException.BadRequest($"{IdsField} is required.");
        }

        var ids = JsonFields.IdList(value, IdsField, BulkLimits.MaxRecords);
        return ids.Length > 0 ? ids : throw RequestRefusedException.BadRequest($"{IdsField} must name at least one subscriber.");
    }
}
