using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The outcome of writing one record: the subscriber as it will be stored, or the per-record error
/// with the status a single-record call answers it with (400, or 403 for the subscriber cap).
/// </summary>
internal readonly record struct WriteResult(MtaSubscriber? Subscriber, bool Created, string? Error, int Status = 400)
{
    public static WriteResult Failed(string error, int status = 400) => new(null, false, error, status);

    public bool Succeeded => Error is null;
}
