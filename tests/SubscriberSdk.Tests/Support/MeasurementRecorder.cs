using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace SubscriberSdk.Tests.Support;

/// <summary>
/// Records the SDK's metric measurements made on the current async flow only, so tests running in
/// parallel do not see each other's counts.
/// </summary>
internal sealed class MeasurementRecorder : IDisposable
{
    private static readonly AsyncLocal<MeasurementRecorder?> Current = new();
    private readonly ConcurrentQueue<string> _names = new();
    private readonly MeterListener _listener = new();

    public MeasurementRecorder()
    {
        Current.Value = this;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SubscriberSdkTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, _, _, _) => Record(instrument));
        _listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => Record(instrument));
        _listener.Start();
    }

    public int Count(string instrumentName) => _names.Count(n => n == instrumentName);

    public void Dispose()
    {
        _listener.Dispose();
        Current.Value = null;
    }

    private void Record(Instrument instrument)
    {
        if (ReferenceEquals(Current.Value, this))
        {
            _names.Enqueue(instrument.Name);
        }
    }
}
