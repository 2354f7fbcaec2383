using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Core.Pipeline;

/// <summary>"Authorization: Bearer {token}" (scheme case-insensitive, token non-empty).</summary>
internal sealed class BearerCredentialScheme : CredentialScheme
{
    public override string? Challenge => null;

    public override string? Read(IRequestValues headers)
    {
        var token = ValueAfter(headers, "Bearer");
        return token.IsEmpty ? null : token.ToString();
    }
}
