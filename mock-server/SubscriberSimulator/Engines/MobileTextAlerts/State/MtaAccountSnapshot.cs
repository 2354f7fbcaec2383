using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.State;

/// <summary>
/// What the state file needs of an account, taken under its lock and written after. Every part is
/// an immutable record or a value (a change swaps in a new one), so copying the references is the
/// whole copy.
/// </summary>
internal sealed record MtaAccountSnapshot(
    MtaGroup[] Groups,
    MtaCustomField[] CustomFields,
    KeyValuePair<long, MtaLineType>[] LineTypes,
    MtaUnsubscribe[] Unsubscribes,
    MtaSubscriber[] Subscribers)
{
    /// <summary>Called under the account's lock.</summary>
    public static MtaAccountSnapshot Take(MtaAccount account) => new(
        [.. account.Groups.Values],
        [.. account.CustomFields.Values],
        [.. account.LineTypes],
        [.. account.UnsubscribesByPhone.Values],
        [.. account.InCreationOrder()]);
}
