namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>
/// Values seen in <c>signupMethod</c>; the provider does not document the enum, so only the ones in
/// its examples are used.
/// </summary>
internal static class MtaSignupMethods
{
    /// <summary>Created through the API (seen as 5 in the documented example).</summary>
    public const int Api = 5;
}
