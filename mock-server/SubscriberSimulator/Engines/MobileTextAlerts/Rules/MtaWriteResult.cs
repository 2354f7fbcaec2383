using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>The outcome of writing one record: the stored subscriber, or the per-record error.</summary>
internal readonly record struct MtaWriteResult(MtaSubscriber? Subscriber, bool Created, string? Error)
{
    public static MtaWriteResult Failed(string error) => new(null, false, error);

    public bool Succeeded => Error is null;
}
