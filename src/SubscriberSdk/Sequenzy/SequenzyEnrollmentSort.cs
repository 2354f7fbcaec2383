namespace SubscriberSdk.Sequenzy;

/// <summary>Order of an enrolment listing.</summary>
public enum SequenzyEnrollmentSort
{
    /// <summary>Newest enrolment first (the default).</summary>
    EnrolledAtDesc,

    /// <summary>Oldest enrolment first.</summary>
    EnrolledAtAsc,

    /// <summary>Soonest next step first.</summary>
    WaitUntilAsc,

    /// <summary>Latest next step first.</summary>
    WaitUntilDesc,
}
