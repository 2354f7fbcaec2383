using System.Text.Json;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Control;

/// <summary>A control request: the tenant id from the route (empty when none) and the parsed body (Undefined when empty).</summary>
internal readonly record struct MtaControlCall(string TenantId, JsonElement Body);
