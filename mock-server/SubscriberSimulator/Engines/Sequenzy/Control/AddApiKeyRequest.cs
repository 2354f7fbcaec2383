namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>Body of POST /__sim/sequenzy/tenants/{id}/api-keys; no scopes means all.</summary>
internal sealed record AddApiKeyRequest(string? ApiKey, List<string>? Scopes);
