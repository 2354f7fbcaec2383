using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// The subscriber rules other than upsert. Each checks everything, then stages the next version
/// of the subscriber on the caller's unit of work, so a refused request changes nothing.
/// </summary>
internal static class SubscriberRules
{
    /// <summary>
    /// A new subscriber on a channel, counted against the subscriber cap (403 beyond it); the carrier
    /// lookup refuses numbers that cannot receive messages (412).
    /// </summary>
    public static EssentialSubscriber NewSubscriber(UnitOfWork<EssentialAccount> work, EssentialChannel channel, long phone, SubscriberStatus status)
    {
        work.AddSubscriber();
        var now = work.Now.UtcDateTime;
        return new()
        {
            Sid = SidGenerator.NewSid(),
            ChannelSid = channel.Sid,
            TransportSid = channel.TransportSid,
            PhoneNumber = phone,
            Status = status,
            Carrier = CarrierRules.Lookup(work.Tenant.SeededCarriers, phone),
            CarrierUpdatedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
            SubscribedAt = status == SubscriberStatus.Subscribed ? now : null,
            UnsubscribedAt = status == SubscriberStatus.Unsubscribed ? now : null,
        };
    }

    /// <summary>POST /v2/account/subscribers: a number already on the channel is a 400 (use upsert or update).</summary>
    public static EssentialSubscriber Create(UnitOfWork<EssentialAccount> work, CreateSubscriberCommand command)
    {
        var account = work.Tenant;
        var channel = account.GetChannelBySidOrName(command.Channel);
        var phone = UsPhoneNumber.Parse("phone_number", command.PhoneNumber);
        var email = command.EmailAddress is null ? null : EmailAddressRule.Normalize("email_address", command.EmailAddress);
        if (channel.SubscribersByPhone.ContainsKey(phone))
        {
            throw RequestRefusedException.BadRequest("A subscriber with this phone number already exists on the channel; use upsert or update.");
        }

        var subscriber = NewSubscriber(work, channel, phone, SubscriberStatus.Subscribed) with
        {
            EmailAddress = email,
            ExternalUserId = command.ExternalUserId,
        };
        work.OnCommit(() => account.CommitSubscriber(null, subscriber));
        return subscriber;
    }

    /// <summary>
    /// The update endpoint, and the documented way to re-subscribe someone who unsubscribed: the
    /// caller asserts the legal right to by sending <c>status: subscribed</c>.
    /// </summary>
    public static EssentialSubscriber Update(UnitOfWork<EssentialAccount> work, string subscriberSid, UpdateSubscriberCommand command)
    {
        var account = work.Tenant;
        var current = account.GetSubscriber(subscriberSid);
        var channel = account.ChannelsBySid[current.ChannelSid];
        var now = work.Now.UtcDateTime;
        var next = current with { UpdatedAt = now };
        if (command.PhoneNumber is not null)
        {
            var phone = UsPhoneNumber.Parse("phone_number", command.PhoneNumber);
            if (phone != current.PhoneNumber)
            {
                if (channel.SubscribersByPhone.ContainsKey(phone))
                {
                    throw RequestRefusedException.BadRequest("Another subscriber on this channel already has that phone number.");
                }

                next = next with
                {
                    PhoneNumber = phone,
                    Carrier = CarrierRules.Lookup(account.SeededCarriers, phone),
                    CarrierUpdatedAt = now,
                };
            }
        }

        if (command.EmailAddress is not null)
        {
            next = next with { EmailAddress = EmailAddressRule.Normalize("email_address", command.EmailAddress) };
        }

        if (command.ExternalUserId is not null)
        {
            next = next with { ExternalUserId = command.ExternalUserId };
        }

        if (command.Inboxed is { } inboxed)
        {
            next = next with { AddedToInboxAt = inboxed ? next.AddedToInboxAt ?? now : null };
        }

        if (command.Status is { } status)
        {
            next = next.WithStatus(status, now);
        }

        work.OnCommit(() => account.CommitSubscriber(current, next));
        return next;
    }

    /// <summary>DELETE: Essential never deletes (billing), it unsubscribes. Repeating it changes nothing.</summary>
    public static EssentialSubscriber Unsubscribe(UnitOfWork<EssentialAccount> work, string subscriberSid)
    {
        var account = work.Tenant;
        var current = account.GetSubscriber(subscriberSid);
        if (current.Status == SubscriberStatus.Unsubscribed)
        {
            return current;
        }

        var now = work.Now.UtcDateTime;
        var next = current.WithStatus(SubscriberStatus.Unsubscribed, now) with { UpdatedAt = now };
        work.OnCommit(() => account.CommitSubscriber(current, next));
        return next;
    }

    /// <summary>The subscriber texted STOP: unsubscribed, and the confirmation goes out.</summary>
    public static EssentialSubscriber StopReply(UnitOfWork<EssentialAccount> work, string channelSid, string phoneNumber)
    {
        var account = work.Tenant;
        var channel = account.GetChannel(channelSid);
        var current = FindByPhone(channel, phoneNumber);
        var now = work.Now.UtcDateTime;
        var next = current.Status == SubscriberStatus.Unsubscribed
            ? current
            : current.WithStatus(SubscriberStatus.Unsubscribed, now) with { UpdatedAt = now };
        work.OnCommit(() => account.CommitSubscriber(current, next));
        work.Send(Messages.Sms(
            MessageKinds.UnsubscribeConfirmation,
            next.PhoneNumber,
            $"You are unsubscribed from {channel.Name} and will receive no further messages.",
            new Dictionary<string, string> { ["channel_sid"] = channel.Sid, ["subscriber_sid"] = next.Sid }));
        return next;
    }

    /// <summary>The stand-alone workflow start: the execution, or null when none starts (answered as <c>{}</c>).</summary>
    public static WorkflowExecution? StartWorkflow(UnitOfWork<EssentialAccount> work, string channelSid, string phoneNumber, StartWorkflowCommand command)
    {
        var account = work.Tenant;
        var subscriber = FindByPhone(account.GetChannel(channelSid), phoneNumber);
        return WorkflowRules.Start(work, WorkflowRules.Find(account, command.WorkflowSid), subscriber, command.KwargsJson);
    }

    /// <summary>One page of the account's subscribers, oldest first; <paramref name="hasMore"/> drives the Link header. Call under the account's lock.</summary>
    public static List<EssentialSubscriber> ListPage(EssentialAccount account, string? channelSid, int page, int perPage, out bool hasMore) =>
        // Subscribers are never removed, so the creation-order lists page by index.
        Paging.Slice(account.SubscriberOrderOf(channelSid), page, perPage, sid => account.SubscribersBySid[sid], out hasMore);

    private static EssentialSubscriber FindByPhone(EssentialChannel channel, string phoneNumber)
    {
        var phone = UsPhoneNumber.Parse("phone_number", phoneNumber);
        return channel.SubscribersByPhone.TryGetValue(phone, out var subscriber)
            ? subscriber
            : throw RequestRefusedException.NotFound("Subscriber not found.");
    }
}
