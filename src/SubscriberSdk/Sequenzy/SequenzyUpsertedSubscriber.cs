namespace SubscriberSdk.Sequenzy;

/// <summary>The stored subscriber after a create call, with what the call did. Exactly one flag is true, except that a merge which changed nothing reports all three false. With <c>skip</c> the stored values are returned, so a requested <c>status</c> is not reflected.</summary>
public sealed record SequenzyUpsertedSubscriber : SequenzySubscriber
{
    /// <summary>Creates an empty result (for tests and mocks).</summary>
    public SequenzyUpsertedSubscriber()
    {
    }

    /// <summary>The subscriber's fields, with the flags and opt-in state to be set.</summary>
    internal SequenzyUpsertedSubscriber(SequenzySubscriber subscriber)
        : base(subscriber)
    {
    }

    /// <summary>A new subscriber was created by this call.</summary>
    public bool Created { get; init; }

    /// <summary>An existing subscriber was left unchanged (skip).</summary>
    public bool Skipped { get; init; }

    /// <summary>An existing subscriber was changed (merge or overwrite).</summary>
    public bool Updated { get; init; }

    /// <summary>Whether a double opt-in confirmation is pending and its email was queued (the call's <c>optIn</c>).</summary>
    public SequenzyOptInState? OptIn { get; init; }
}
