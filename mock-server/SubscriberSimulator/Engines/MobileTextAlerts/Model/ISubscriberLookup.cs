namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>
/// Finding subscribers by their keys: in the account as stored (<see cref="MtaAccount"/>), or as a
/// request has changed it so far (<see cref="Rules.StagedSubscribers"/>).
/// </summary>
internal interface ISubscriberLookup
{
    MtaSubscriber? FindById(long id);

    /// <summary>Null for 0 (no number).</summary>
    MtaSubscriber? FindByPhone(long e164Digits);

    /// <summary>Case-insensitive; null for a null or empty email.</summary>
    MtaSubscriber? FindByEmail(string? email);
}
