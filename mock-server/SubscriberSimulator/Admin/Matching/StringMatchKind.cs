namespace SubscriberSimulator.Admin.Matching;

internal enum StringMatchKind
{
    EqualTo,
    Contains,
    DoesNotContain,
    Matches,
    DoesNotMatch,
    Absent,
}
