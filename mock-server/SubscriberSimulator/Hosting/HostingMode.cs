namespace SubscriberSimulator.Hosting;

/// <summary>How the app is served; faults differ (a real socket can be broken, an in-memory one only aborted).</summary>
internal enum HostingMode
{
    Kestrel,
    InMemory,
}
