namespace SubscriberSdk;

/// <summary>Names to subscribe to for the SDK's traces and metrics (OpenTelemetry <c>AddSource</c>/<c>AddMeter</c>).</summary>
public static class SubscriberSdkTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one activity per logical request.</summary>
    public const string ActivitySourceName = "SubscriberSdk";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "SubscriberSdk";

    /// <summary>Counter of attempts sent, tagged with provider, operation and status.</summary>
    public const string RequestsInstrument = "subscriber_sdk.requests";

    /// <summary>Counter of retries scheduled.</summary>
    public const string RetriesInstrument = "subscriber_sdk.retries";

    /// <summary>Counter of attempts that had to wait for a pacing permit or for the reset a server asked for.</summary>
    public const string ThrottledWaitsInstrument = "subscriber_sdk.throttled_waits";

    /// <summary>Histogram of those waits in seconds.</summary>
    public const string ThrottledWaitDurationInstrument = "subscriber_sdk.throttled_wait.duration";
}
