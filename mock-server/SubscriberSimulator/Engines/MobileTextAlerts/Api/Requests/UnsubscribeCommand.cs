using System.Text.Json;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary><c>POST /v3/unsubscribes</c>: <c>{"number": "..."}</c> and nothing else.</summary>
internal sealed record UnsubscribeCommand(string? Number)
{
    public static UnsubscribeCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body, "number");
        return new UnsubscribeCommand(JsonFields.OptionalText(body, "number"));
    }
}
