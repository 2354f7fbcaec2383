namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>Outbox kinds the Essential engine produces.</summary>
internal static class MessageKinds
{
    public const string Welcome = "welcome";
    public const string WelcomeSeries = "welcome-series";
    public const string WorkflowStart = "workflow-start";
    public const string UnsubscribeConfirmation = "unsubscribe-confirmation";

    /// <summary>A message sent through the message endpoints (sendSubscriberMessage, createAccountMessage).</summary>
    public const string Message = "message";
}
