using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>An authenticated, rate-limited, parsed request handed to an endpoint handler.</summary>
internal sealed record MtaCall(HttpContext Context, MtaAccount Account, JsonElement Body)
{
    public CancellationToken Aborted => Context.RequestAborted;

    public string RouteValue(string name) => Context.Request.RouteValues[name]?.ToString() ?? string.Empty;
}
