using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SubscriberSdk.Http.Internal;

/// <summary>The SDK's ActivitySource and Meter (names in <see cref="SubscriberSdkTelemetry"/>).</summary>
internal static class SdkInstrumentation
{
    public static readonly ActivitySource ActivitySource = new(SubscriberSdkTelemetry.ActivitySourceName, SdkVersion.Value);

    public static readonly Meter Meter = new(SubscriberSdkTelemetry.MeterName, SdkVersion.Value);

    public static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        SubscriberSdkTelemetry.RequestsInstrument, "{request}", "HTTP attempts sent to a provider.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        SubscriberSdkTelemetry.RetriesInstrument, "{retry}", "Retries scheduled after a transient failure.");

    public static readonly Counter<long> ThrottledWaits = Meter.CreateCounter<long>(
        SubscriberSdkTelemetry.ThrottledWaitsInstrument, "{wait}", "Attempts that waited for a pacing permit or a server's reset.");

    public static readonly Histogram<double> ThrottledWaitDuration = Meter.CreateHistogram<double>(
        SubscriberSdkTelemetry.ThrottledWaitDurationInstrument, "s", "Time attempts spent waiting for a pacing permit or a server's reset.");
}
