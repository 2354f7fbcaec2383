using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The simulated carrier lookup: every number is a mobile of one of four carriers unless a
/// control seeded it as a landline or unreachable, and such a number cannot be a subscriber.
/// </summary>
internal static class CarrierRules
{
    /// <summary>The carrier id in the provider's examples; the simulator's carriers are this and the next three.</summary>
    public const int FirstCarrierId = 41;

    /// <summary>A deterministic carrier per number, so repeated runs give the same records.</summary>
    public static int DefaultCarrierId(long e164Digits) => e164Digits == 0 ? 0 : FirstCarrierId + (int)(e164Digits % 4);

    /// <summary>The per-record error for a number that cannot receive texts, or null.</summary>
    public static string? Refuse(MtaAccount account, long e164Digits) => account.LineTypeOf(e164Digits) switch
    {
        MtaLineType.Landline => ErrorMessages.Landline,
        MtaLineType.Unreachable => ErrorMessages.Unreachable,
        _ => null,
    };

    /// <summary>Makes the lookup answer <paramref name="lineType"/> for a number (mobile forgets the seed).</summary>
    public static void SetLineType(UnitOfWork<MtaAccount> work, long e164Digits, MtaLineType lineType)
    {
        var account = work.Tenant;
        work.OnCommit(() =>
        {
            if (lineType == MtaLineType.Mobile)
            {
                account.LineTypes.Remove(e164Digits);
            }
            else
            {
                account.LineTypes[e164Digits] = lineType;
            }
        });
    }
}
