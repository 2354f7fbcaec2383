using System.Text;

namespace SubscriberSimulator.Hosting.Journal;

/// <summary>
/// What the journal shows of an Authorization header: the scheme and enough to tell credentials
/// apart, never the secret. "Bearer ****abcd" (the token's last four characters, when it is long
/// enough that four characters give nothing away), "Basic user:****", otherwise "Scheme ****".
/// </summary>
internal static class CredentialRedactor
{
    private const string Hidden = "****";

    // Shorter tokens show no characters at all.
    private const int ShortestTokenWithTail = 12;

    public static string Redact(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return Hidden;
        }

        var scheme = trimmed[..space];
        var secret = trimmed[(space + 1)..].Trim();
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return scheme + " " + Hidden + (secret.Length >= ShortestTokenWithTail ? secret[^4..] : string.Empty);
        }

        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && TryReadUser(secret, out var user))
        {
            return scheme + " " + user + ":" + Hidden;
        }

        return scheme + " " + Hidden;
    }

    private static bool TryReadUser(string base64, out string user)
    {
        user = string.Empty;
        var bytes = new byte[(base64.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(base64, bytes, out var length))
        {
            return false;
        }

        var decoded = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        user = decoded[..colon];
        return true;
    }
}
