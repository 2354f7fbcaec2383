using System.Globalization;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>Group and custom field ids in paths: digits only; anything else names nothing (404).</summary>
internal static class CatalogIds
{
    public static bool TryParse(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
