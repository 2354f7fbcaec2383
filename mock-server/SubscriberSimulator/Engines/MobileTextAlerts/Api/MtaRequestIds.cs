namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>Every answer, success or error, carries a new request id in X-Request-ID; error bodies repeat it.</summary>
internal static class MtaRequestIds
{
    public const string Header = "X-Request-ID";

    public static string New() => Guid.NewGuid().ToString();
}
