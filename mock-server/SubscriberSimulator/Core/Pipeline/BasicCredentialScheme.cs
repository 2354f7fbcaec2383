using System.Text;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Core.Pipeline;

/// <summary>"Authorization: Basic base64(user:password)"; bad base64, no colon or an empty user is no credential.</summary>
internal sealed class BasicCredentialScheme(string realm) : CredentialScheme
{
    // Far above any real "user:password"; a longer value is refused without decoding it.
    private const int MaxEncodedLength = 2048;

    public override string? Challenge { get; } = $"Basic realm=\"{realm}\"";

    public override string? Read(IRequestValues headers)
    {
        var encoded = ValueAfter(headers, "Basic");
        if (encoded.IsEmpty || encoded.Length > MaxEncodedLength)
        {
            return null;
        }

        // Base64 decodes to at most three bytes per four characters.
        Span<byte> decoded = stackalloc byte[encoded.Length];
        if (!Convert.TryFromBase64Chars(encoded, decoded, out var length))
        {
            return null;
        }

        decoded = decoded[..length];
        return decoded.IndexOf((byte)':') > 0 ? Encoding.UTF8.GetString(decoded) : null;
    }
}
