namespace SubscriberSdk.Generator.Building;

/// <summary>Status-code keys as Kiota reads them.</summary>
internal static class StatusCodes
{
    /// <summary>The success codes whose body becomes the return type, in the order Kiota prefers them.</summary>
    public static readonly IReadOnlyList<string> SuccessWithBody = ["200", "201", "202", "203", "2XX"];

    public static bool IsError(string status) =>
        status == "default" || status.StartsWith('4') || status.StartsWith('5');

    /// <summary>"default" maps to Kiota's catch-all key "XXX"; "4xx" is normalised to "4XX".</summary>
    public static string ToMappingKey(string status) => status == "default" ? "XXX" : status.ToUpperInvariant();
}
