namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>Body of PATCH /__sim/sequenzy/workspaces/{id}: the double opt-in setting and the send-failure switch.</summary>
internal sealed record ConfigureWorkspaceRequest(bool? DoubleOptIn, bool? FailSends);
