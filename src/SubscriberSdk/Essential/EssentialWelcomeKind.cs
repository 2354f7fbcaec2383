namespace SubscriberSdk.Essential;

/// <summary>Which welcome an Essential upsert sends to a new subscriber.</summary>
public enum EssentialWelcomeKind
{
    /// <summary>A one-off text given in the request.</summary>
    Message,

    /// <summary>The welcome series configured on the channel (chosen by the subscriber's tags).</summary>
    Series,

    /// <summary>A workflow, started with arguments.</summary>
    Workflow,
}
