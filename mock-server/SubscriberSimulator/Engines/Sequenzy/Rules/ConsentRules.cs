using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>Double opt-in, its confirmation click, and the global unsubscribe (also the unsubscribe link's click).</summary>
internal static class ConsentRules
{
    public const string ConfirmationKind = "double-opt-in";
    public const string ConfirmationBaseUrl = "https://sequenzy.simulator.invalid/confirm?token=";
    public const string UnsubscribedReason = "Subscriber unsubscribed";

    /// <summary>
    /// At most one confirmation email per contact in this window (issue 15: 60 parallel requests for
    /// one pending contact sent 60 emails). Decision in openapi/sequenzy.json; every path that can
    /// email a confirmation comes through <see cref="RequireConfirmation"/>, so the rule holds for all.
    /// </summary>
    public static readonly TimeSpan ResendWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Stores the subscriber pending (unsubscribed) with the requested tags and lists held back,
    /// and queues the confirmation email carrying the link's token, unless the contact got one less
    /// than <see cref="ResendWindow"/> ago. A later request for a contact that is already pending
    /// keeps its token and adds to what is held.
    /// </summary>
    public static OptInResult RequireConfirmation(WorkspaceChanges changes, SequenzySubscriber subscriber, string[] heldTags, string[] heldListIds)
    {
        var email = subscriber.Email ?? throw new InvalidOperationException("A double opt-in needs an email address.");
        if (!ScopeRules.MaySendConfirmations(changes))
        {
            throw new RequestRefusedException(403, ScopeRules.Missing(SequenzyScopes.AutomationsTrigger));
        }

        var pending = subscriber.PendingOptIn;
        subscriber.PendingOptIn = pending is null
            ? new PendingOptIn(SequenzyIds.NewToken(), heldTags, heldListIds, changes.Now)
            : pending with { HeldTags = Memberships.Union(pending.HeldTags, heldTags), HeldListIds = Memberships.Union(pending.HeldListIds, heldListIds) };
        subscriber.Status = SubscriberStatus.Unsubscribed;
        if (subscriber.LastConfirmationEmailAt is { } last && changes.Now - last < ResendWindow)
        {
            return OptInResult.EmailWithheld;
        }

        subscriber.LastConfirmationEmailAt = changes.Now;
        var token = subscriber.PendingOptIn.Token;
        var link = ConfirmationBaseUrl + token;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["token"] = token,
            ["confirmationUrl"] = link,
            ["subscriberId"] = subscriber.Id,
            ["confirmControl"] = $"/__sim/{SequenzyEngine.EngineId}/tenants/{changes.Workspace.Id}/confirm-opt-in",
        };
        changes.Send(new PendingMessage("email", email, ConfirmationKind, $"Please confirm your subscription by opening this link: {link}", metadata));
        return OptInResult.EmailQueued;
    }

    /// <summary>
    /// The confirmation link is clicked, the subscriber found by the link's token or by email:
    /// active, held tags and lists applied. 409 when nothing is pending.
    /// </summary>
    public static SequenzySubscriber ClickConfirmation(WorkspaceChanges changes, string? email, string? token)
    {
        var subscriber = token is not null ? FindByToken(changes.Workspace, token) : FindByEmail(changes.Workspace, email);
        if (subscriber.PendingOptIn is null || (token is not null && subscriber.PendingOptIn.Token != token))
        {
            throw RequestRefusedException.Conflict("The subscriber has no pending double opt-in confirmation.");
        }

        var confirmed = subscriber.Clone();
        Confirm(changes, confirmed);
        changes.Put(confirmed);
        return confirmed;
    }

    /// <summary>The unsubscribe link of an email is clicked: the global unsubscribe.</summary>
    public static SequenzySubscriber ClickUnsubscribe(WorkspaceChanges changes, string? email)
    {
        var subscriber = FindByEmail(changes.Workspace, email).Clone();
        Unsubscribe(changes, subscriber);
        changes.Put(subscriber);
        return subscriber;
    }

    /// <summary>The confirmation: active, held tags and lists applied.</summary>
    public static void Confirm(WorkspaceChanges changes, SequenzySubscriber subscriber)
    {
        var pending = subscriber.PendingOptIn;
        subscriber.Status = SubscriberStatus.Active;
        subscriber.UnsubscribedAt = null;
        subscriber.PendingOptIn = null;
        subscriber.UpdatedAt = changes.Now;
        if (pending is not null)
        {
            subscriber.Tags = Memberships.Union(subscriber.Tags, pending.HeldTags);
            changes.EnsureTags(pending.HeldTags);
            Memberships.Join(subscriber, pending.HeldListIds, changes.Now);
        }

        SequenceRules.ReleaseHeldAtTrigger(changes, subscriber);
    }

    /// <summary>The full global unsubscribe: every list left, running sequence enrolments cancelled, a pending opt-in dropped, the record kept.</summary>
    public static void Unsubscribe(WorkspaceChanges changes, SequenzySubscriber subscriber)
    {
        if (subscriber.Status != SubscriberStatus.Unsubscribed || subscriber.UnsubscribedAt is null)
        {
            subscriber.UnsubscribedAt = changes.Now;
        }

        subscriber.Status = SubscriberStatus.Unsubscribed;
        subscriber.PendingOptIn = null;
        subscriber.UpdatedAt = changes.Now;
        Memberships.LeaveAll(subscriber, changes.Now);
        SequenceRules.CancelRunning(subscriber, changes.Now, UnsubscribedReason);
    }

    private static SequenzySubscriber FindByEmail(SequenzyWorkspace workspace, string? email)
    {
        var normalized = EmailAddress.TryNormalize(email) ?? throw RequestRefusedException.BadRequest("A valid email (or a token) is required.");
        return workspace.ByEmail.GetValueOrDefault(normalized)
            ?? throw RequestRefusedException.NotFound("The workspace has no subscriber with this email.");
    }

    private static SequenzySubscriber FindByToken(SequenzyWorkspace workspace, string token)
    {
        foreach (var subscriber in workspace.ById.Values)
        {
            if (subscriber.PendingOptIn?.Token == token)
            {
                return subscriber;
            }
        }

        throw RequestRefusedException.NotFound("No pending confirmation has this token.");
    }
}
