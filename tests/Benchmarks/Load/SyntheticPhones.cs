namespace Benchmarks.Load;

/// <summary>
/// Distinct, valid-looking US mobile numbers from an index: real area codes, exchanges 200-999 without
/// N11 and 555, so the simulator's phone validation accepts every one. Over 70 million distinct numbers.
/// </summary>
internal static class SyntheticPhones
{
    private static readonly int[] AreaCodes = [201, 212, 213, 305, 312, 415, 617, 646, 702, 718];
    private static readonly int[] Exchanges = Enumerable.Range(200, 800).Where(exchange => exchange % 100 != 11 && exchange != 555).ToArray();

    public static long Capacity => (long)AreaCodes.Length * Exchanges.Length * 10_000;

    /// <summary>Ten digits, e.g. 2012000000.</summary>
    public static string TenDigits(long index)
    {
        index %= Capacity;
        var line = index % 10_000;
        var exchange = Exchanges[(int)(index / 10_000 % Exchanges.Length)];
        var area = AreaCodes[(int)(index / 10_000 / Exchanges.Length)];
        return $"{area}{exchange}{line:D4}";
    }

    public static string E164(long index) => "+1" + TenDigits(index);
}
