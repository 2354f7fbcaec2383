namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>The enums' names on the wire, and back.</summary>
internal static class WireNames
{
    public static string Of(AttentiveSubscriptionType type) => type switch
    {
        AttentiveSubscriptionType.Marketing => "MARKETING",
        AttentiveSubscriptionType.Transactional => "TRANSACTIONAL",
        AttentiveSubscriptionType.CheckoutAbandoned => "CHECKOUT_ABANDONED",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown subscription type."),
    };

    public static string Of(AttentiveChannel channel) => channel == AttentiveChannel.Text ? "TEXT" : "EMAIL";

    public static string Of(AttentiveSubscriptionState state) => state switch
    {
        AttentiveSubscriptionState.Pending => "PENDING",
        AttentiveSubscriptionState.Active => "ACTIVE",
        AttentiveSubscriptionState.Unsubscribed => "UNSUBSCRIBED",
        _ => "NONE",
    };

    public static bool TryParseType(string? text, out AttentiveSubscriptionType type)
    {
        switch (text)
        {
            case "MARKETING":
                type = AttentiveSubscriptionType.Marketing;
                return true;
            case "TRANSACTIONAL":
                type = AttentiveSubscriptionType.Transactional;
                return true;
            case "CHECKOUT_ABANDONED":
                type = AttentiveSubscriptionType.CheckoutAbandoned;
                return true;
            default:
                type = default;
                return false;
        }
    }

    public static bool TryParseChannel(string? text, out AttentiveChannel channel)
    {
        switch (text)
        {
            case "TEXT":
                channel = AttentiveChannel.Text;
                return true;
            case "EMAIL":
                channel = AttentiveChannel.Email;
                return true;
            default:
                channel = default;
                return false;
        }
    }

    public static bool TryParseState(string? text, out AttentiveSubscriptionState state)
    {
        switch (text)
        {
            case "PENDING":
                state = AttentiveSubscriptionState.Pending;
                return true;
            case "ACTIVE":
                state = AttentiveSubscriptionState.Active;
                return true;
            case "UNSUBSCRIBED":
                state = AttentiveSubscriptionState.Unsubscribed;
                return true;
            default:
                state = default;
                return false;
        }
    }
}
