using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>The texts and emails Attentive sends around opt-in and opt-out, worded for the simulator.</summary>
internal static class AttentiveMessages
{
    public static PlannedMessage ReplyY(AttentiveCompany company, string phone, AttentiveSubscriptionType type) => new(
        AttentiveChannel.Text,
        phone,
        MessageKinds.ReplyY,
        type == AttentiveSubscriptionType.Transactional
            ? $"{company.Name}: Reply Y to receive automated transactional texts about your orders. Consent is not a condition of purchase."
            : $"{company.Name}: Reply Y to receive recurring automated marketing texts. Consent is not a condition of purchase.",
        type);

    public static PlannedMessage LegalDisclosure(AttentiveCompany company, AttentiveChannel channel, string to, AttentiveSubscriptionType type) => new(
        channel,
        to,
        MessageKinds.LegalDisclosure,
        channel == AttentiveChannel.Text
            ? $"{company.Name}: Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Terms & privacy: https://{company.DomainName}/legal"
            : $"You are subscribed to emails from {company.Name}. Every email has an unsubscribe link. Terms & privacy: https://{company.DomainName}/legal",
        type);

    public static PlannedMessage AlreadySubscribed(AttentiveCompany company, string phone, AttentiveSubscriptionType type) => new(
        AttentiveChannel.Text,
        phone,
        MessageKinds.AlreadySubscribed,
        $"{company.Name}: You are already subscribed to our texts. Reply HELP for help, STOP to cancel.",
        type);

    public static PlannedMessage Welcome(AttentiveCompany company, string phone) => new(
        AttentiveChannel.Text,
        phone,
        MessageKinds.Welcome,
        $"{company.Name}: Thanks for subscribing! Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        null);

    /// <param name="language">"en-US" or "fr-CA" (unsubscribe's notification.language); null means en-US.</param>
    public static PlannedMessage UnsubscribeConfirmation(AttentiveCompany company, string phone, string? language) => new(
        AttentiveChannel.Text,
        phone,
        MessageKinds.UnsubscribeConfirmation,
        language == "fr-CA"
            ? $"{company.Name} : Vous êtes désabonné et ne recevrez plus de messages."
            : $"{company.Name}: You are unsubscribed and will receive no more messages.",
        null);
}
