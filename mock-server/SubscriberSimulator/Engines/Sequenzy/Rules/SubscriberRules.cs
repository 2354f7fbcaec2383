using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Finding one subscriber by email or externalId (400 when the key is missing or malformed, 404 when
/// nobody has it), finding or creating the one a tag or event call names, and deleting one.
/// </summary>
internal static class SubscriberRules
{
    public const string NotFoundMessage = "Subscriber not found";

    public static SequenzySubscriber ByEmail(SequenzyWorkspace workspace, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw RequestRefusedException.BadRequest("email is required");
        }

        var email = EmailAddress.TryNormalize(raw) ?? throw RequestRefusedException.BadRequest("email is not a valid email address");
        return workspace.ByEmail.GetValueOrDefault(email) ?? throw RequestRefusedException.NotFound(NotFoundMessage);
    }

    /// <param name="externalId">Trimmed; null when the query does not give exactly one.</param>
    public static SequenzySubscriber ByExternalId(SequenzyWorkspace workspace, string? externalId)
    {
        if (string.IsNullOrEmpty(externalId))
        {
            throw RequestRefusedException.BadRequest("externalId is required");
        }

        return workspace.ByExternalId.GetValueOrDefault(externalId) ?? throw RequestRefusedException.NotFound(NotFoundMessage);
    }

    /// <summary>
    /// The subscriber a tag or event call names (externalId first, then email; 409 when they are two
    /// subscribers). An unknown email creates it, active with the workspace's default lists, or
    /// pending with a confirmation email when workspace double opt-in is on; an unknown externalId
    /// alone is 404 (Decision). <paramref name="updateExisting"/>: the call's <c>customAttributes</c>
    /// also change an existing subscriber (tag calls); events apply them only on creation.
    /// </summary>
    public static ResolvedContact FindOrCreate(WorkspaceChanges changes, TagTarget target, bool updateExisting)
    {
        if (target.Email is null && target.ExternalId is null)
        {
            throw RequestRefusedException.BadRequest("email or externalId is required");
        }

        var existing = UpsertRules.FindExisting(changes, target.Email, target.ExternalId);
        if (existing is not null)
        {
            var clone = existing.Clone();
            if (updateExisting && target.Attributes is not null)
            {
                clone.Attributes = CustomAttributes.SetKeys(clone.Attributes, target.Attributes);
                clone.UpdatedAt = changes.Now;
            }

            return new ResolvedContact(clone, false, OptInResult.None);
        }

        if (target.Email is null)
        {
            throw RequestRefusedException.NotFound(NotFoundMessage);
        }

        var outcome = UpsertRules.Create(changes, new UpsertCommand
        {
            Email = target.Email,
            ExternalId = target.ExternalId,
            FirstName = target.FirstName,
            LastName = target.LastName,
            Attributes = target.Attributes,
        });
        return new ResolvedContact(outcome.Subscriber, true, outcome.OptIn);
    }

    /// <summary>
    /// The existing subscribers a bulk call names; never creates one. An identifier that matches
    /// nobody (a malformed email included) is reported, not refused.
    /// </summary>
    public static IdentifiedSubscribers Identify(WorkspaceChanges changes, SubscriberIdentifiers identifiers)
    {
        var matched = new List<SequenzySubscriber>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Match(SequenzySubscriber? subscriber, string identifier, List<string> notFound)
        {
            if (subscriber is null)
            {
                if (!notFound.Contains(identifier))
                {
                    notFound.Add(identifier);
                }
            }
            else if (seen.Add(subscriber.Id))
            {
                matched.Add(subscriber);
            }
        }

        List<string> emails = [], externalIds = [], subscriberIds = [];
        foreach (var raw in identifiers.Emails)
        {
            var email = raw.Trim().ToLowerInvariant();
            Match(EmailAddress.TryNormalize(email) is { } valid ? changes.FindByEmail(valid) : null, email, emails);
        }

        foreach (var raw in identifiers.ExternalIds)
        {
            var externalId = raw.Trim();
            Match(changes.FindByExternalId(externalId), externalId, externalIds);
        }

        foreach (var raw in identifiers.SubscriberIds)
        {
            var id = raw.Trim();
            Match(changes.FindById(id), id, subscriberIds);
        }

        return new IdentifiedSubscribers(matched, emails, externalIds, subscriberIds);
    }

    /// <summary>Deletes the record (Sequenzy's DELETE removes it; the unsubscribe is PATCH <c>status</c>).</summary>
    public static void Delete(WorkspaceChanges changes, SequenzySubscriber subscriber) => changes.Delete(subscriber);
}
