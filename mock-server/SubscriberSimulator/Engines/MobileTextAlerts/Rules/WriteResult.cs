using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>The outcome of writing one record: the subscriber as it will be stored, or the per-record error.</summary>
internal readonly record struct WriteResult(MtaSubscriber? Subscriber, bool Created, string? Error)
{
    public static WriteResult Failed(string error) => new(null, false, error);

    public bool Succeeded => Error is null;
}
