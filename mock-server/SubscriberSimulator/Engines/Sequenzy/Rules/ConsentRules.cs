using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines.Sequenzy.Domain;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>Double opt-in, its confirmation click, and the global unsubscribe.</summary>
internal static class ConsentRules
{
    public const string ProviderId = "sequenzy";
    public const string ConfirmationKind = "double-opt-in";
    public const string ConfirmationBaseUrl = "https://sequenzy.simulator.invalid/confirm?token=";

    /// <summary>
    /// Stores the subscriber pending (unsubscribed) with the requested tags and lists held back,
    /// and queues the confirmation email carrying the link's token. A later request for a contact
    /// that is already pending keeps its token and adds to what is held.
    /// </summary>
    public static void RequireConfirmation(WorkspaceTransaction tx, Outbox outbox, SequenzySubscriber subscriber, string[] heldTags, string[] heldListIds)
    {
        var email = subscriber.Email ?? throw new InvalidOperationException("A double opt-in needs an email address.");
        if (!tx.MaySendConfirmations)
        {
            throw new SequenzyRequestException(StatusCodes.Status403Forbidden, "API key is missing the automations:trigger scope");
        }

        var pending = subscriber.PendingOptIn;
        subscriber.PendingOptIn = pending is null
            ? new PendingOptIn(SequenzyIds.NewToken(), heldTags, heldListIds, tx.Now)
            : pending with { HeldTags = Memberships.Union(pending.HeldTags, heldTags), HeldListIds = Memberships.Union(pending.HeldListIds, heldListIds) };
        subscriber.Status = SubscriberStatus.Unsubscribed;

        var token = subscriber.PendingOptIn.Token;
        var link = ConfirmationBaseUrl + token;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["token"] = token,
            ["confirmationUrl"] = link,
            ["subscriberId"] = subscriber.Id,
            ["confirmControl"] = $"/__sim/sequenzy/workspaces/{tx.Workspace.Id}/confirm-opt-in",
        };
        tx.Send(new OutboxMessage(
            outbox.NewId(),
            ProviderId,
            tx.Workspace.Id,
            "email",
            email,
            ConfirmationKind,
            $"Please confirm your subscription by opening this link: {link}",
            tx.Now,
            metadata));
    }

    /// <summary>The confirmation link was clicked: active, held tags and lists applied.</summary>
    public static void Confirm(WorkspaceTransaction tx, SequenzySubscriber subscriber)
    {
        var pending = subscriber.PendingOptIn;
        subscriber.Status = SubscriberStatus.Active;
        subscriber.UnsubscribedAt = null;
        subscriber.PendingOptIn = null;
        subscriber.UpdatedAt = tx.Now;
        if (pending is not null)
        {
            subscriber.Tags = Memberships.Union(subscriber.Tags, pending.HeldTags);
            tx.EnsureTags(pending.HeldTags);
            Memberships.Join(subscriber, pending.HeldListIds, tx.Now);
        }
    }

    /// <summary>The full global unsubscribe: every list left, a pending opt-in dropped, the record kept.</summary>
    public static void Unsubscribe(WorkspaceTransaction tx, SequenzySubscriber subscriber)
    {
        if (subscriber.Status != SubscriberStatus.Unsubscribed || subscriber.UnsubscribedAt is null)
        {
            subscriber.UnsubscribedAt = tx.Now;
        }

        subscriber.Status = SubscriberStatus.Unsubscribed;
        subscriber.PendingOptIn = null;
        subscriber.UpdatedAt = tx.Now;
        Memberships.LeaveAll(subscriber, tx.Now);
    }
}
