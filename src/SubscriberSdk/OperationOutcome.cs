namespace SubscriberSdk;

/// <summary>What a write did at the provider.</summary>
public enum OperationOutcome
{
    /// <summary>The provider did not say.</summary>
    Unknown = 0,

    /// <summary>A new record was created.</summary>
    Created,

    /// <summary>An existing record was changed.</summary>
    Updated,

    /// <summary>Nothing changed (already in the requested state, or the duplicate strategy skipped it).</summary>
    Skipped,

    /// <summary>Accepted, but waits for the subscriber to confirm (double opt-in).</summary>
    PendingConfirmation,

    /// <summary>Accepted for asynchronous processing.</summary>
    Accepted,

    /// <summary>The record was removed or the subscription ended.</summary>
    Removed,
}
