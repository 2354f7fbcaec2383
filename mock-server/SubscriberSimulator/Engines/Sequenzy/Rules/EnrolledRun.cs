using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>One enrolment with the subscriber it belongs to, as the enrolment list and cancel calls answer it.</summary>
internal sealed record EnrolledRun(SequenceEnrollment Run, SequenzySubscriber Subscriber);
