namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>IANA time zone names ("America/New_York", "UTC").</summary>
internal static class TimezoneRule
{
    public static bool IsValid(string name) =>
        !string.IsNullOrWhiteSpace(name) && TimeZoneInfo.TryFindSystemTimeZoneById(name, out _);
}
