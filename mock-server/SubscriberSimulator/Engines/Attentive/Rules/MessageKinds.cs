namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>Outbox kinds this engine writes (the names the architecture document lists).</summary>
internal static class MessageKinds
{
    public const string ReplyY = "reply-y";
    public const string LegalDisclosure = "legal-disclosure";
    public const string AlreadySubscribed = "already-subscribed";
    public const string UnsubscribeConfirmation = "unsubscribe-confirmation";
    public const string Welcome = "welcome";
}
