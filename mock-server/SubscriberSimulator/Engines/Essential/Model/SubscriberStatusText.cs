using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>Wire names of <see cref="SubscriberStatus"/>.</summary>
internal static class SubscriberStatusText
{
    public const string Subscribed = "subscribed";
    public const string Unsubscribed = "unsubscribed";
    public const string Unconfirmed = "unconfirmed";

    public static string ToWire(SubscriberStatus status) => status switch
    {
        SubscriberStatus.Subscribed => Subscribed,
        SubscriberStatus.Unsubscribed => Unsubscribed,
        _ => Unconfirmed,
    };

    public static SubscriberStatus Parse(string field, string value) => value switch
    {
        Subscribed => SubscriberStatus.Subscribed,
        Unsubscribed => SubscriberStatus.Unsubscribed,
        Unconfirmed => SubscriberStatus.Unconfirmed,
        _ => throw RequestRefusedException.BadRequest(
            $"'{field}' must be one of subscribed, unsubscribed or unconfirmed."),
    };
}
