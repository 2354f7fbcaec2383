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

    public static string Of(UserIdentifierKind kind) => kind switch
    {
        UserIdentifierKind.Phone => "phone",
        UserIdentifierKind.Email => "email",
        UserIdentifierKind.ShopifyId => "shopifyId",
        UserIdentifierKind.KlaviyoId => "klaviyoId",
        UserIdentifierKind.ClientUserId => "clientUserId",
        _ => "custom",
    };

    public static bool TryParseIdentifierKind(string? text, out UserIdentifierKind kind) => TryParse(text, Of, out kind);

    public static string Of(CustomAttributeType type) => type switch
    {
        CustomAttributeType.Number => "NUMBER",
        CustomAttributeType.Boolean => "BOOLEAN",
        _ => "TEXT",
    };

    public static bool TryParseAttributeType(string? text, out CustomAttributeType type) => TryParse(text, Of, out type);

    public static string Of(BulkJobStatus status) => status switch
    {
        BulkJobStatus.Pending => "PENDING",
        BulkJobStatus.InProgress => "IN_PROGRESS",
        BulkJobStatus.Completed => "COMPLETED",
        _ => "FAILED",
    };

    public static bool TryParseJobStatus(string? text, out BulkJobStatus status) => TryParse(text, Of, out status);

    /// <summary>The enum member whose wire name is <paramref name="text"/>.</summary>
    private static bool TryParse<T>(string? text, Func<T, string> wireName, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (wireName(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
