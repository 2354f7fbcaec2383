using System.Globalization;
using System.Text.RegularExpressions;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>
/// Reads the count out of the group bulk answers, whose <c>data</c> is null: the provider documents
/// "Added 2 subscribers to group 187561." for bulk-create, and bulk-delete follows the same pattern with "Deleted".
/// </summary>
internal static partial class GroupBulkMessage
{
    /// <summary>The number of subscribers the message says moved, or null when it says none in that form.</summary>
    public static int? Count(string? message) =>
        message is not null && Pattern().Match(message) is { Success: true } match
        && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : null;

    [GeneratedRegex(@"^(?:Added|Deleted) (\d+) subscribers? ", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
