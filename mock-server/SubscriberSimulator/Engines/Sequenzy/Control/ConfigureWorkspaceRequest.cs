namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>Body of PATCH /__sim/sequenzy/tenants/{id}: the double opt-in setting (sending fails through the kit's send-failure control).</summary>
internal sealed record ConfigureWorkspaceRequest(bool? DoubleOptIn);
