using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Core.Pipeline;

/// <summary>
/// How a provider's requests carry their credential, read strictly: a missing header, another
/// scheme, several Authorization headers or a malformed value is no credential (401).
/// </summary>
public abstract class CredentialScheme
{
    private protected const string AuthorizationHeader = "Authorization";

    /// <summary>The WWW-Authenticate value sent with a 401, or null for none.</summary>
    public abstract string? Challenge { get; }

    /// <summary>"Authorization: Basic base64(user:password)"; the credential is "user:password".</summary>
    public static CredentialScheme Basic(string realm) => new BasicCredentialScheme(realm);

    /// <summary>"Authorization: Bearer {token}"; the credential is the token.</summary>
    public static CredentialScheme Bearer() => new BearerCredentialScheme();

    /// <summary>The credential the request carries, or null when it carries none this scheme accepts.</summary>
    public abstract string? Read(IRequestValues headers);

    /// <summary>The trimmed, non-empty value after "{scheme} " of the one Authorization header.</summary>
    private protected static ReadOnlySpan<char> ValueAfter(IRequestValues headers, string scheme)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!headers.TryGetValue(AuthorizationHeader, out var values) || values.Count != 1 || values[0] is not { } header)
        {
            return default;
        }

        if (header.Length <= scheme.Length || header[scheme.Length] != ' ' || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return default;
        }

        return header.AsSpan(scheme.Length + 1).Trim();
    }
}
