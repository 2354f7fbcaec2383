namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>Outbox kinds the Mobile Text Alerts engine produces.</summary>
internal static class MessageKinds
{
    public const string Welcome = "welcome";
    public const string UnsubscribeConfirmation = "unsubscribe-confirmation";
}
