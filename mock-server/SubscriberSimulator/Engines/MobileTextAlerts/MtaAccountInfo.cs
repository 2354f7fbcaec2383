namespace SubscriberSimulator.Engines.MobileTextAlerts;

/// <summary>A simulated account: its tenant id (for controls) and API key (for requests, as "Authorization: Bearer {ApiKey}").</summary>
public sealed record MtaAccountInfo(string TenantId, string ApiKey);
