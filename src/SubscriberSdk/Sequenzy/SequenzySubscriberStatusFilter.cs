namespace SubscriberSdk.Sequenzy;

/// <summary>Which statuses a Sequenzy subscriber listing returns.</summary>
public enum SequenzySubscriberStatusFilter
{
    /// <summary>Active subscribers only.</summary>
    Active,

    /// <summary>Unsubscribed ones only.</summary>
    Unsubscribed,

    /// <summary>Bounced ones only.</summary>
    Bounced,

    /// <summary>Every status.</summary>
    All,
}
