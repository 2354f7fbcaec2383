namespace Contract.Tests.Conformance;

/// <summary>
/// US numbers in the 555-01XX fictional range, different on every call within a run (and from a
/// random start, so a sandbox account is unlikely to meet a previous run's subscribers).
/// </summary>
internal static class TestPhones
{
    private static readonly string[] AreaCodes = ["415", "202", "212", "312", "617"];
    private static int _next = Random.Shared.Next(0, 500);

    /// <summary>Ten digits, e.g. "4155550142".</summary>
    public static string NextTenDigits()
    {
        var n = Interlocked.Increment(ref _next) % 500;
        return $"{AreaCodes[n / 100]}55501{n % 100:D2}";
    }

    public static string ToE164(string tenDigits) => "+1" + tenDigits;
}
