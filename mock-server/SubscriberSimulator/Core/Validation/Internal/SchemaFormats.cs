using System.Globalization;
using System.Text.RegularExpressions;

namespace SubscriberSimulator.Core.Validation.Internal;

/// <summary>The "format" values the provider specs use; unknown formats are annotations only.</summary>
internal static partial class SchemaFormats
{
    public static bool IsValidString(string format, string value) => format switch
    {
        "email" => value.Length <= 254 && EmailPattern().IsMatch(value),
        "date-time" => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) && value.Contains('T', StringComparison.OrdinalIgnoreCase),
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "uuid" => Guid.TryParseExact(value, "D", out _),
        "uri" => Uri.TryCreate(value, UriKind.Absolute, out _),
        _ => true,
    };

    /// <summary>Checks int32/int64 ranges for a JSON number already known to be an integer.</summary>
    public static bool IsValidInteger(string format, decimal value) => format switch
    {
        "int32" => value is >= int.MinValue and <= int.MaxValue,
        "int64" => value is >= long.MinValue and <= long.MaxValue,
        _ => true,
    };

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
