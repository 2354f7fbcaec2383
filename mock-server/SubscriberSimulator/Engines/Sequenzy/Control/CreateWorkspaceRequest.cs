namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>Body of POST /__sim/sequenzy/tenants: a workspace with its first key, scopes, double opt-in setting and lists, all optional.</summary>
internal sealed record CreateWorkspaceRequest(string? Id, string? ApiKey, List<string>? Scopes, bool? DoubleOptIn, List<string>? DefaultListIds, List<AddListRequest>? Lists);
