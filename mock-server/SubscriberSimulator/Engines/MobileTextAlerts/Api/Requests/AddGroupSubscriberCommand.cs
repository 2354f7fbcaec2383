using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary><c>POST /v3/groups/{groupId}/subscribers</c>: <c>{"subscriberId": 108767117}</c> and nothing else.</summary>
internal static class AddGroupSubscriberCommand
{
    public static long FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body, "subscriberId");
        if (!body.TryGetProperty("subscriberId", out var value))
        {
            throw RequestRefusedException.BadRequest("subscriberId is required.");
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var id)
            ? id
            : throw RequestRefusedException.BadRequest("subscriberId must be a whole number.");
    }
}
