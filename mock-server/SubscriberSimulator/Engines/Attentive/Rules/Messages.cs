using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// The texts and emails Attentive sends around opt-in and opt-out, worded for the simulator. Each
/// carries the company's name and, when it concerns one subscription, its type as metadata.
/// </summary>
internal static class Messages
{
    public static PendingMessage ReplyY(AttentiveCompany company, string phone, AttentiveSubscriptionType type) => Message(
        company,
        AttentiveChannel.Text,
        phone,
        MessageKinds.ReplyY,
        type == AttentiveSubscriptionType.Transactional
            ? $"{company.Name}: Reply Y to receive automated transactional texts about your orders. Consent is not a condition of purchase."
            : $"{company.Name}: Reply Y to receive recurring automated marketing texts. Consent is not a condition of purchase.",
        type);

    public static PendingMessage LegalDisclosure(AttentiveCompany company, AttentiveChannel channel, string to, AttentiveSubscriptionType type) => Message(
        company,
        channel,
        to,
        MessageKinds.LegalDisclosure,
        channel == AttentiveChannel.Text
            ? $"{company.Name}: Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Terms & privacy: https://{company.DomainName}/legal"
            : $"You are subscribed to emails from {company.Name}. Every email has an unsubscribe link. Terms & privacy: https://{company.DomainName}/legal",
        type);

    public static PendingMessage AlreadySubscribed(AttentiveCompany company, string phone, AttentiveSubscriptionType type) => Message(
        company,
        AttentiveChannel.Text,
        phone,
        MessageKinds.AlreadySubscribed,
        $"{company.Name}: You are already subscribed to our texts. Reply HELP for help, STOP to cancel.",
        type);

    public static PendingMessage Welcome(AttentiveCompany company, string phone) => Message(
        company,
        AttentiveChannel.Text,
        phone,
        MessageKinds.Welcome,
        $"{company.Name}: Thanks for subscribing! Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        null);

    /// <param name="language">"en-US" or "fr-CA" (unsubscribe's notification.language); null means en-US.</param>
    public static PendingMessage UnsubscribeConfirmation(AttentiveCompany company, string phone, string? language) => Message(
        company,
        AttentiveChannel.Text,
        phone,
        MessageKinds.UnsubscribeConfirmation,
        language == "fr-CA"
            ? $"{company.Name} : Vous êtes désabonné et ne recevrez plus de messages."
            : $"{company.Name}: You are unsubscribed and will receive no more messages.",
        null);

    private static PendingMessage Message(
        AttentiveCompany company, AttentiveChannel channel, string to, string kind, string body, AttentiveSubscriptionType? type)
    {
        var metadata = new Dictionary<string, string>(2, StringComparer.Ordinal) { ["companyName"] = company.Name };
        if (type is { } subscriptionType)
        {
            metadata["subscriptionType"] = WireNames.Of(subscriptionType);
        }

        return new PendingMessage(channel == AttentiveChannel.Text ? "sms" : "email", to, kind, body, metadata);
    }
}
