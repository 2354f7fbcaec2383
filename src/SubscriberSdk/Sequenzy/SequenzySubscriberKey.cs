namespace SubscriberSdk.Sequenzy;

/// <summary>Says which Sequenzy subscriber a call is about: by email or by your external id, never both.</summary>
public sealed class SequenzySubscriberKey
{
    private SequenzySubscriberKey(string? email, string? externalId, bool externalIdInPath = false)
    {
        Email = email;
        ExternalId = externalId;
        ExternalIdInPath = externalIdInPath;
    }

    /// <summary>The email, when the key is an email.</summary>
    public string? Email { get; }

    /// <summary>The external id, when the key is one.</summary>
    public string? ExternalId { get; }

    /// <summary>The subscriber with this email (trimmed and lower-cased before sending).</summary>
    public static SequenzySubscriberKey ByEmail(string email) => new(email, null);

    /// <summary>True: get, update and delete send the external id in the path (<c>/subscribers/external/{id}</c>) rather than the query.</summary>
    public bool ExternalIdInPath { get; }

    /// <summary>The subscriber with this external id (sent as the <c>externalId</c> query parameter, which takes any id).</summary>
    public static SequenzySubscriberKey ByExternalId(string externalId) => new(null, externalId);

    /// <summary>
    /// The subscriber with this external id, sent in the path by get, update and delete (Sequenzy's
    /// compatibility route). The id must not contain <c>/</c>; use <see cref="ByExternalId"/> for such ids.
    /// Other calls send it as <see cref="ByExternalId"/> does.
    /// </summary>
    public static SequenzySubscriberKey ByExternalIdInPath(string externalId) => new(null, externalId, externalIdInPath: true);
}
