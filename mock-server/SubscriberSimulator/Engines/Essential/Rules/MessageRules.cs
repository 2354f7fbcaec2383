using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// Messages to one subscriber: only a subscribed one is messaged (405 otherwise, nothing sent or
/// stored); the message is stored for search and put in the outbox at commit. And the search.
/// </summary>
internal static class MessageRules
{
    public const string NotSubscribedMessage = "The subscriber is not subscribed to this channel; the message was not sent.";

    /// <summary>The channel-scoped send: the subscriber by phone number (any accepted form) or SID, of this channel only.</summary>
    public static EssentialMessage SendOnChannel(UnitOfWork<EssentialAccount> work, string channelSid, string numberOrSid, SendMessageCommand command)
    {
        var account = work.Tenant;
        var channel = account.GetChannel(channelSid);
        var subscriber = FindOnChannel(account, channel, numberOrSid);
        return Send(work, channel, subscriber, command);
    }

    /// <summary>The account-level send: the subscriber by SID, on the subscriber's own channel.</summary>
    public static EssentialMessage SendToSubscriber(UnitOfWork<EssentialAccount> work, SendMessageCommand command)
    {
        var account = work.Tenant;
        var subscriber = account.GetSubscriber(command.Subscriber ?? throw new ArgumentException("The account-level send names its subscriber.", nameof(command)));
        return Send(work, account.ChannelsBySid[subscriber.ChannelSid], subscriber, command);
    }

    /// <summary>
    /// The matches of <paramref name="filter"/>, newest first, one page of them; <paramref name="total"/>
    /// counts every match. Call under the account's lock.
    /// </summary>
    public static List<EssentialMessage> Search(EssentialAccount account, MessageFilter filter, int page, int perPage, out int total, out bool hasMore)
    {
        var channelSid = filter.Channel is null ? null : account.GetChannelBySidOrName(filter.Channel).Sid;
        var matches = new List<EssentialMessage>();
        for (var i = account.Messages.Count - 1; i >= 0; i--)
        {
            var message = account.Messages[i];
            if (Matches(message, filter, channelSid))
            {
                matches.Add(message);
            }
        }

        total = matches.Count;
        return Paging.Slice(matches, page, perPage, out hasMore);
    }

    private static EssentialMessage Send(UnitOfWork<EssentialAccount> work, EssentialChannel channel, EssentialSubscriber subscriber, SendMessageCommand command)
    {
        var account = work.Tenant;
        var transport = TransportRules.ForMessage(account, channel, subscriber, command.Transport, command.From, command.Protocol);
        if (subscriber.Status != SubscriberStatus.Subscribed)
        {
            throw new RequestRefusedException(405, NotSubscribedMessage);
        }

        var message = new EssentialMessage
        {
            Sid = SidGenerator.NewSid(),
            ChannelSid = channel.Sid,
            SubscriberSid = subscriber.Sid,
            TransportSid = transport.Sid,
            From = transport.Endpoint,
            To = subscriber.PhoneNumber,
            Body = command.Body,
            MediaUrls = command.MediaUrls,
            Status = "sent",
            Carrier = subscriber.Carrier,
            OnStatusUrl = command.OnStatusUrl,
            ExternalOwnerId = command.ExternalOwnerId,
            Priority = command.Priority,
            IsTemplate = command.IsTemplate,
            ShortenUrls = command.ShortenUrls,
            CreatedAt = work.Now.UtcDateTime,
        };
        work.OnCommit(() => account.Messages.Add(message));
        work.Send(Messages.Outbound(message));
        return message;
    }

    private static EssentialSubscriber FindOnChannel(EssentialAccount account, EssentialChannel channel, string numberOrSid)
    {
        // Essential's {subscriber_number_or_sid}: what reads as a US number is one, anything else a SID.
        var found = UsPhoneNumber.TryParse(numberOrSid, out var phone)
            ? channel.SubscribersByPhone.GetValueOrDefault(phone)
            : account.SubscribersBySid.GetValueOrDefault(SidGenerator.StripPrefix(numberOrSid));
        return found is not null && found.ChannelSid == channel.Sid
            ? found
            : throw RequestRefusedException.NotFound("Subscriber not found on this channel.");
    }

    private static bool Matches(EssentialMessage message, MessageFilter filter, string? channelSid) =>
        (channelSid is null || message.ChannelSid == channelSid)
        && (filter.To is null || UsPhoneNumber.ToE164(message.To) == filter.To)
        && (filter.From is null || message.From == filter.From)
        && (filter.Start is null || message.CreatedAt >= filter.Start)
        && (filter.End is null || message.CreatedAt < filter.End)
        && (filter.Status is null || string.Equals(message.Status, filter.Status, StringComparison.OrdinalIgnoreCase));
}
