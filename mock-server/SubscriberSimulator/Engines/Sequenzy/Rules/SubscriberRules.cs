using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>Finding one subscriber by email or externalId (400 when the key is missing or malformed, 404 when nobody has it), and deleting one.</summary>
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

    /// <summary>Deletes the record (Sequenzy's DELETE removes it; the unsubscribe is PATCH <c>status</c>).</summary>
    public static void Delete(WorkspaceChanges changes, SequenzySubscriber subscriber) => changes.Delete(subscriber);
}
