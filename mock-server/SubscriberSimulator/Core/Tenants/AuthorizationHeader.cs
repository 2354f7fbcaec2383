using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SubscriberSimulator.Core.Tenants;

/// <summary>Parses the credential schemes the providers use, strictly (a wrong scheme is no credential).</summary>
public static class AuthorizationHeader
{
    /// <summary>"Authorization: Bearer {token}" (scheme case-insensitive, token non-empty).</summary>
    public static bool TryGetBearer(HttpRequest request, [NotNullWhen(true)] out string? token)
    {
        ArgumentNullException.ThrowIfNull(request);
        token = null;
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = header[Scheme.Length..].Trim();
        if (value.Length == 0)
        {
            return false;
        }

        token = value;
        return true;
    }

    /// <summary>"Authorization: Basic base64(user:password)"; false for bad base64 or no colon.</summary>
    public static bool TryGetBasic(HttpRequest request, [NotNullWhen(true)] out string? user, [NotNullWhen(true)] out string? password)
    {
        ArgumentNullException.ThrowIfNull(request);
        user = null;
        password = null;
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Basic ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[Scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }
}
