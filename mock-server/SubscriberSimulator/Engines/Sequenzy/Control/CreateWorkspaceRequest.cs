namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>Body of POST /__sim/sequenzy/workspaces.</summary>
internal sealed record CreateWorkspaceRequest(string? Id, string? ApiKey, List<string>? Scopes, bool? DoubleOptIn, List<string>? DefaultListIds, List<AddListRequest>? Lists);
