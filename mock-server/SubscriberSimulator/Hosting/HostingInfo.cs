namespace SubscriberSimulator.Hosting;

/// <summary>The hosting mode, registered as a singleton so middleware can adapt faults.</summary>
internal sealed record HostingInfo(HostingMode Mode);
