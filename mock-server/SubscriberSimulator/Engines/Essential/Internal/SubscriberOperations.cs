namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>
/// The subscriber endpoints other than upsert. Each runs under the account's lock and builds the
/// next version of the subscriber before committing it, so a refused request changes nothing.
/// </summary>
internal sealed class SubscriberOperations(TimeProvider clock, IEssentialMessageSink sink)
{
    public EssentialSubscriber Create(EssentialAccount account, CreateSubscriberCommand command)
    {
        lock (account.Gate)
        {
            var channel = account.GetChannelBySidOrName(command.Channel);
            var phone = UsPhoneNumber.Parse("phone_number", command.PhoneNumber);
            var email = command.EmailAddress is null ? null : EmailAddressRule.Normalize("email_address", command.EmailAddress);
            if (channel.SubscribersByPhone.ContainsKey(phone))
            {
                throw EssentialRequestException.BadRequest(
                    "A subscriber with this phone number already exists on the channel; use upsert or update.");
            }

            var carrier = CarrierDirectory.Lookup(account.SeededCarriers, phone);
            var now = Now();
            var subscriber = new EssentialSubscriber
            {
                Sid = SidGenerator.NewSid(),
                ChannelSid = channel.Sid,
                TransportSid = channel.TransportSid,
                PhoneNumber = phone,
                Status = SubscriberStatus.Subscribed,
                EmailAddress = email,
                ExternalUserId = command.ExternalUserId,
                Carrier = carrier,
                CarrierUpdatedAt = now,
                CreatedAt = now,
                UpdatedAt = now,
                SubscribedAt = now,
            };
            account.CommitSubscriber(null, subscriber);
            return subscriber;
        }
    }

    public EssentialSubscriber Get(EssentialAccount account, string subscriberSid)
    {
        lock (account.Gate)
        {
            return account.GetSubscriber(subscriberSid);
        }
    }

    /// <summary>
    /// The update endpoint, and the documented way to re-subscribe someone who unsubscribed: the
    /// caller asserts the legal right to by sending <c>status: subscribed</c>.
    /// </summary>
    public EssentialSubscriber Update(EssentialAccount account, string subscriberSid, UpdateSubscriberCommand command)
    {
        lock (account.Gate)
        {
            var current = account.GetSubscriber(subscriberSid);
            var channel = account.ChannelsBySid[current.ChannelSid];
            var now = Now();
            var next = current with { UpdatedAt = now };
            if (command.PhoneNumber is not null)
            {
                var phone = UsPhoneNumber.Parse("phone_number", command.PhoneNumber);
                if (phone != current.PhoneNumber)
                {
                    if (channel.SubscribersByPhone.ContainsKey(phone))
                    {
                        throw EssentialRequestException.BadRequest(
                            "Another subscriber on this channel already has that phone number.");
                    }

                    next = next with
                    {
                        PhoneNumber = phone,
                        Carrier = CarrierDirectory.Lookup(account.SeededCarriers, phone),
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

            account.CommitSubscriber(current, next);
            return next;
        }
    }

    /// <summary>DELETE: Essential never deletes (billing), it unsubscribes. Repeating it changes nothing.</summary>
    public EssentialSubscriber Unsubscribe(EssentialAccount account, string subscriberSid)
    {
        lock (account.Gate)
        {
            var current = account.GetSubscriber(subscriberSid);
            if (current.Status == SubscriberStatus.Unsubscribed)
            {
                return current;
            }

            var now = Now();
            var next = current.WithStatus(SubscriberStatus.Unsubscribed, now) with { UpdatedAt = now };
            account.CommitSubscriber(current, next);
            return next;
        }
    }

    /// <summary>The subscriber texted STOP: unsubscribe and send the confirmation.</summary>
    public EssentialSubscriber StopReply(EssentialAccount account, string channelSid, string phoneNumber)
    {
        lock (account.Gate)
        {
            var channel = account.GetChannel(channelSid);
            var current = FindByPhone(channel, phoneNumber);
            var now = Now();
            var next = current.Status == SubscriberStatus.Unsubscribed
                ? current
                : current.WithStatus(SubscriberStatus.Unsubscribed, now) with { UpdatedAt = now };
            account.CommitSubscriber(current, next);
            sink.Deliver(account, new PendingMessage(
                MessageKinds.UnsubscribeConfirmation,
                next.PhoneNumber,
                $"You are unsubscribed from {channel.Name} and will receive no further messages.",
                new Dictionary<string, string> { ["channel_sid"] = channel.Sid, ["subscriber_sid"] = next.Sid }));
            return next;
        }
    }

    /// <summary>The stand-alone workflow start: the execution, or null when none was started (answered as <c>{}</c>).</summary>
    public WorkflowExecution? StartWorkflow(EssentialAccount account, string channelSid, string phoneNumber, StartWorkflowCommand command)
    {
        lock (account.Gate)
        {
            var channel = account.GetChannel(channelSid);
            var subscriber = FindByPhone(channel, phoneNumber);
            var workflow = WorkflowStarter.Find(account, command.WorkflowSid);
            var execution = WorkflowStarter.Plan(account, workflow, subscriber, command.KwargsJson, "api", Now());
            if (execution is null)
            {
                return null;
            }

            SendStep.Run(account);
            WorkflowStarter.Commit(account, execution);
            sink.Deliver(account, WorkflowStarter.ToMessage(workflow, subscriber, execution));
            return execution;
        }
    }

    /// <summary>One page of the account's subscribers, oldest first; <paramref name="hasMore"/> drives the Link header.</summary>
    public List<EssentialSubscriber> ListPage(EssentialAccount account, string? channelSid, int page, int perPage, out bool hasMore)
    {
        lock (account.Gate)
        {
            // Subscribers are never removed, so the creation-order lists page by index.
            var order = channelSid is null ? account.SubscriberOrder : account.GetChannel(channelSid).SubscriberOrder;
            var result = new List<EssentialSubscriber>(Math.Min(perPage, order.Count));
            var skip = (long)(page - 1) * perPage;
            for (var i = skip; i < order.Count && result.Count < perPage; i++)
            {
                result.Add(account.SubscribersBySid[order[(int)i]]);
            }

            hasMore = skip + result.Count < order.Count;
            return result;
        }
    }

    private static EssentialSubscriber FindByPhone(EssentialChannel channel, string phoneNumber)
    {
        var phone = UsPhoneNumber.Parse("phone_number", phoneNumber);
        return channel.SubscribersByPhone.TryGetValue(phone, out var subscriber)
            ? subscriber
            : throw EssentialRequestException.NotFound("Subscriber not found.");
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
