namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// Where a parse error is, rendered only when an error message is built, so parsing a valid bulk
/// request allocates no per-record strings.
/// </summary>
internal readonly record struct RecordLocation(int Index, bool InRecord)
{
    /// <summary>A single-subscriber body: no prefix.</summary>
    public static RecordLocation Body => new(-1, false);

    public override string ToString() =>
        Index < 0 ? string.Empty : $"record {Index}: " + (InRecord ? "record: " : string.Empty);
}
