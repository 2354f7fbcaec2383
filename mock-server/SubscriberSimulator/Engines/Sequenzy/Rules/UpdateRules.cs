using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>PATCH semantics: the sent fields change, <c>status</c> resubscribes or runs the global unsubscribe.</summary>
internal static class UpdateRules
{
    public static SequenzySubscriber Update(WorkspaceChanges changes, SequenzySubscriber existing, UpdateCommand command)
    {
        var subscriber = existing.Clone();
        if (command.Email is not null && command.Email != subscriber.Email)
        {
            if (changes.FindByEmail(command.Email) is { } owner && owner.Id != subscriber.Id)
            {
                throw RequestRefusedException.Conflict("email is already used by another subscriber");
            }

            subscriber.Email = command.Email;
        }

        if (command.ExternalId is not null && command.ExternalId != subscriber.ExternalId)
        {
            if (changes.FindByExternalId(command.ExternalId) is { } owner && owner.Id != subscriber.Id)
            {
                throw RequestRefusedException.Conflict("externalId is already used by another subscriber");
            }

            subscriber.ExternalId = command.ExternalId;
        }

        if (command.FirstName is not null)
        {
            subscriber.FirstName = command.FirstName.Length == 0 ? null : command.FirstName;
        }

        if (command.LastName is not null)
        {
            subscriber.LastName = command.LastName.Length == 0 ? null : command.LastName;
        }

        if (command.Tags is not null)
        {
            subscriber.Tags = command.Tags;
            changes.EnsureTags(command.Tags);
        }

        if (command.Attributes is not null)
        {
            subscriber.Attributes = command.MergeAttributes ? CustomAttributes.SetKeys(subscriber.Attributes, command.Attributes) : command.Attributes;
        }

        ApplyPhone(subscriber, command);
        if (command.TimezoneSent)
        {
            subscriber.Timezone = command.Timezone;
        }

        subscriber.UpdatedAt = changes.Now;
        ApplyStatus(changes, subscriber, command.Status);
        changes.Put(subscriber);
        return subscriber;
    }

    private static void ApplyPhone(SequenzySubscriber subscriber, UpdateCommand command)
    {
        if (command.PhoneSent && command.Phone != subscriber.Phone)
        {
            if (command.Phone is null && subscriber.Email is null)
            {
                throw RequestRefusedException.BadRequest("phone cannot be cleared on a phone-only subscriber");
            }

            // A new number has not consented to SMS, unless the same call says so.
            subscriber.Phone = command.Phone;
            subscriber.SmsStatus = SmsStatus.NotSubscribed;
        }

        subscriber.SmsStatus = UpsertRules.SmsStatusFor(command.SmsConsent) ?? subscriber.SmsStatus;
    }

    private static void ApplyStatus(WorkspaceChanges changes, SequenzySubscriber subscriber, SubscriberStatus? status)
    {
        switch (status)
        {
            case SubscriberStatus.Active when subscriber.PendingOptIn is not null:
                // The caller asserts consent: the same as the confirmation click.
                ConsentRules.Confirm(changes, subscriber);
                break;
            case SubscriberStatus.Active:
                subscriber.Status = SubscriberStatus.Active;
                subscriber.UnsubscribedAt = null;
                break;
            case SubscriberStatus.Unsubscribed:
                ConsentRules.Unsubscribe(changes, subscriber);
                break;
            case SubscriberStatus.Bounced:
                subscriber.Status = SubscriberStatus.Bounced;
                subscriber.UnsubscribedAt = null;
                subscriber.PendingOptIn = null;
                break;
        }
    }
}
