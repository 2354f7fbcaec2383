using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Essential.Internal;

/// <summary>
/// Pipeline policy per Essential operation: which POSTs are safe to repeat. Essential documents no
/// rate limit, so every operation paces in the default bucket.
/// </summary>
internal static class EssentialOperations
{
    // Upsert is keyed by phone within the channel: a replay finds the subscriber and sends no second welcome.
    public static readonly OperationPolicy Upsert = new("subscribers.upsert", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Create = new("subscribers.create", RetrySafety.Never);
    public static readonly OperationPolicy Get = new("subscribers.get");
    public static readonly OperationPolicy List = new("subscribers.list");
    public static readonly OperationPolicy Update = new("subscribers.update");
    public static readonly OperationPolicy Unsubscribe = new("subscribers.unsubscribe");
    public static readonly OperationPolicy StartWorkflow = new("workflows.start", RetrySafety.Never);
    public static readonly OperationPolicy CreateTag = new("tags.create", RetrySafety.Never);
    public static readonly OperationPolicy ListTags = new("tags.list");
    public static readonly OperationPolicy ListAccountTags = new("tags.list_account");
    public static readonly OperationPolicy ListChannels = new("channels.list");
    public static readonly OperationPolicy GetChannel = new("channels.get");
    public static readonly OperationPolicy ListTransports = new("transports.list");
    public static readonly OperationPolicy ListCampaigns = new("campaigns.list");

    // Every accepted send is one more text to a person: a replay after an ambiguous failure could text them twice.
    public static readonly OperationPolicy SendMessage = new("messages.send", RetrySafety.Never);
    public static readonly OperationPolicy SendMessageToSubscriber = new("messages.send_to_subscriber", RetrySafety.Never);
    public static readonly OperationPolicy SearchMessages = new("messages.search");
    public static readonly OperationPolicy CreateWelcomeSeries = new("welcome_series.create", RetrySafety.Never);
    public static readonly OperationPolicy AddWelcomeSeriesItem = new("welcome_series.add_item", RetrySafety.Never);
}
