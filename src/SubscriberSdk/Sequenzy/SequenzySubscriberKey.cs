namespace SubscriberSdk.Sequenzy;

/// <summary>Says which Sequenzy subscriber a call is about: by email or by your external id, never both.</summary>
public sealed class SequenzySubscriberKey
{
    private SequenzySubscriberKey(string? email, string? externalId)
    {
        Email = email;
        ExternalId = externalId;
    }

    /// <summary>The email, when the key is an email.</summary>
    public string? Email { get; }

    /// <summary>The external id, when the key is one.</summary>
    public string? ExternalId { get; }

    /// <summary>The subscriber with this email (trimmed and lower-cased before sending).</summary>
    public static SequenzySubscriberKey ByEmail(string email) => new(email, null);

    /// <summary>The subscriber with this external id.</summary>
    public static SequenzySubscriberKey ByExternalId(string externalId) => new(null, externalId);
}
