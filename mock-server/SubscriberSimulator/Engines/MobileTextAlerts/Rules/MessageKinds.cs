namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>Outbox kinds the Mobile Text Alerts engine produces.</summary>
internal static class MessageKinds
{
    public const string Welcome = "welcome";
    public const string UnsubscribeConfirmation = "unsubscribe-confirmation";

    /// <summary>A message sent with <c>POST /v3/send</c>.</summary>
    public const string Message = "message";
}
