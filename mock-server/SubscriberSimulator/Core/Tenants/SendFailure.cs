namespace SubscriberSimulator.Core.Tenants;

/// <summary>Whether a tenant's sending requests fail at their send step (a simulator control).</summary>
public enum SendFailure
{
    /// <summary>Sending works.</summary>
    None,

    /// <summary>The next request that sends a message fails (500, nothing changed); then sending works again.</summary>
    Next,

    /// <summary>Every request that sends a message fails until switched off.</summary>
    Always,
}
