namespace SubscriberSdk.Sequenzy;

/// <summary>State of a sequence enrolment.</summary>
public enum SequenzyEnrollmentStatus
{
    /// <summary>Running; the next step is due.</summary>
    Active,

    /// <summary>Waiting at a delay or for a condition.</summary>
    Waiting,

    /// <summary>Went through every step.</summary>
    Completed,

    /// <summary>Stopped by an error.</summary>
    Failed,

    /// <summary>Cancelled (by the API, an unsubscribe or a stop tag).</summary>
    Cancelled,
}
