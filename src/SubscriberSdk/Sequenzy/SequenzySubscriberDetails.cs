namespace SubscriberSdk.Sequenzy;

/// <summary>A subscriber with lists, enrolments, email statistics and activity.</summary>
public sealed record SequenzySubscriberDetails : SequenzySubscriber
{
    /// <summary>Creates empty details (for tests and mocks).</summary>
    public SequenzySubscriberDetails()
    {
    }

    /// <summary>The subscriber's fields, with the details to be set.</summary>
    internal SequenzySubscriberDetails(SequenzySubscriber subscriber)
        : base(subscriber)
    {
    }

    /// <summary>Recent activity, newest first.</summary>
    public IReadOnlyList<SequenzyActivityEvent> Activity { get; init; } = [];

    /// <summary>The provider's <c>emailStats</c>.</summary>
    public SequenzyEmailStats? EmailStats { get; init; }

    /// <summary>List memberships.</summary>
    public IReadOnlyList<SequenzyListMembership> Lists { get; init; } = [];

    /// <summary>Sequence enrolments.</summary>
    public IReadOnlyList<SequenzySequenceEnrollment> SequenceEnrollments { get; init; } = [];
}
