namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>State of a sequence enrolment (wire names: active, waiting, completed, failed, cancelled).</summary>
internal enum EnrollmentStatus
{
    Active,
    Waiting,
    Completed,
    Failed,
    Cancelled,
}
