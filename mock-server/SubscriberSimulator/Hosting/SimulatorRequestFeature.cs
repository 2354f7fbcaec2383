using SubscriberSimulator.Core.Journal;

namespace SubscriberSimulator.Hosting;

/// <summary>Per-request state shared by the journal, the stub layer and the error boundary.</summary>
internal sealed class SimulatorRequestFeature
{
    public SimulatorRequestFeature(RequestSnapshot snapshot)
    {
        Snapshot = snapshot;
    }

    public RequestSnapshot Snapshot { get; }

    public Guid? StubId { get; set; }

    public string? Fault { get; private set; }

    public bool RouteMatched { get; private set; }

    public void MarkRouteMatched() => RouteMatched = true;

    /// <summary>
    /// Set by the journal: records the request now. A fault calls it before breaking the
    /// connection, so the entry exists by the time the client sees the failure.
    /// </summary>
    public Action? RecordNow { get; set; }

    public void MarkFault(string fault)
    {
        Fault = fault;
        RecordNow?.Invoke();
    }

    public static SimulatorRequestFeature GetOrCreate(HttpContext context, TimeProvider clock)
    {
        var feature = context.Features.Get<SimulatorRequestFeature>();
        if (feature is null)
        {
            feature = new SimulatorRequestFeature(RequestSnapshot.FromContext(context, clock.GetUtcNow()));
            context.Features.Set(feature);
        }

        return feature;
    }
}
