namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>
/// Essential's upsert: validate everything, build the next subscriber and the messages, run the
/// send step, and only then commit. Runs under the account's lock, so concurrent upserts of one
/// number serialise and exactly one of them creates.
/// </summary>
internal sealed class UpsertHandler(TimeProvider clock, IEssentialMessageSink sink)
{
    public UpsertOutcome Upsert(EssentialAccount account, string channelSid, UpsertCommand command)
    {
        lock (account.Gate)
        {
            var channel = account.GetChannel(channelSid);
            var phone = UsPhoneNumber.Parse("phone_number", command.PhoneNumber);
            var email = command.EmailAddress is null ? null : EmailAddressRule.Normalize("email_address", command.EmailAddress);
            CheckWelcomeChoice(channel, command);
            var tagSids = command.TagSids is null ? null : ResolveTags(channel, command.TagSids);
            var workflow = command.WorkflowSidToStart is null ? null : FindStartableWorkflow(account, command.WorkflowSidToStart);

            var now = clock.GetUtcNow().UtcDateTime;
            channel.SubscribersByPhone.TryGetValue(phone, out var existing);
            if (existing is { Status: SubscriberStatus.Unsubscribed })
            {
                throw new EssentialRequestException(
                    405,
                    "The subscriber has unsubscribed and cannot be re-added by upsert. Honour the opt-out; if you have the legal right to re-subscribe them, use the update endpoint.");
            }

            var next = existing is null
                ? NewSubscriber(account, channel, phone, command.Status ?? SubscriberStatus.Subscribed, now)
                : existing.WithStatus(command.Status ?? existing.Status, now) with { UpdatedAt = now };
            next = next with
            {
                EmailAddress = email ?? next.EmailAddress,
                ExternalUserId = command.ExternalUserId ?? next.ExternalUserId,
                TagSids = NextTags(next.TagSids, tagSids, command.Reset),
                Properties = NextProperties(next.Properties, command.Properties, command.Reset),
            };

            var messages = new List<PendingMessage>();
            if (existing is null && next.Status == SubscriberStatus.Subscribed)
            {
                AddWelcome(channel, command, next, messages);
            }

            var execution = workflow is null
                ? null
                : WorkflowStarter.Plan(account, workflow, next, command.WorkflowKwargsJson, "api", now);
            if (execution is not null)
            {
                messages.Add(WorkflowStarter.ToMessage(workflow!, next, execution));
            }

            SendStep.Run(account);

            account.CommitSubscriber(existing, next);
            if (execution is not null)
            {
                WorkflowStarter.Commit(account, execution);
            }

            foreach (var message in messages)
            {
                sink.Deliver(account, message);
            }

            return new UpsertOutcome(existing is null, next);
        }
    }

    private static void CheckWelcomeChoice(EssentialChannel channel, UpsertCommand command)
    {
        if (command.WelcomeMessageBody is { Length: 0 })
        {
            throw EssentialRequestException.BadRequest("'welcome_message_body' must not be empty.");
        }

        var choices = (command.WelcomeMessageBody is null ? 0 : 1)
            + (command.SendWelcomeSeries ? 1 : 0)
            + (command.WorkflowSidToStart is null ? 0 : 1);
        if (choices > 1)
        {
            throw EssentialRequestException.BadRequest(
                "'welcome_message_body', 'send_welcome_series' and 'workflow_sid_to_start' are mutually exclusive; send at most one.");
        }

        if (command.SendWelcomeSeries && !channel.HasEnabledWelcomeSeries())
        {
            throw EssentialRequestException.BadRequest(
                "'send_welcome_series' was requested but the channel has no welcome series configured.");
        }
    }

    private static string[] ResolveTags(EssentialChannel channel, string[] requested)
    {
        var resolved = new string[requested.Length];
        for (var i = 0; i < requested.Length; i++)
        {
            if (!channel.TagsBySid.TryGetValue(SidGenerator.StripPrefix(requested[i]), out var tag) || tag.DeletedAt is not null)
            {
                throw EssentialRequestException.BadRequest($"Unknown tag SID '{requested[i]}' for this channel.");
            }

            // The tag's own string instance, so subscribers share it instead of holding copies.
            resolved[i] = tag.Sid;
        }

        return TagSidList.Distinct(resolved);
    }

    private static EssentialWorkflow FindStartableWorkflow(EssentialAccount account, string workflowSid)
    {
        var workflow = WorkflowStarter.Find(account, workflowSid);
        if (!workflow.Enabled)
        {
            throw EssentialRequestException.BadRequest($"Workflow '{workflowSid}' is disabled and cannot be started.");
        }

        return workflow;
    }

    private static EssentialSubscriber NewSubscriber(
        EssentialAccount account, EssentialChannel channel, long phone, SubscriberStatus status, DateTime now)
    {
        var carrier = CarrierDirectory.Lookup(account.SeededCarriers, phone);
        return new EssentialSubscriber
        {
            Sid = SidGenerator.NewSid(),
            ChannelSid = channel.Sid,
            TransportSid = channel.TransportSid,
            PhoneNumber = phone,
            Status = status,
            Carrier = carrier,
            CarrierUpdatedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
            SubscribedAt = status == SubscriberStatus.Subscribed ? now : null,
            UnsubscribedAt = status == SubscriberStatus.Unsubscribed ? now : null,
        };
    }

    /// <summary>Merge by default; replace with reset; an empty list clears either way.</summary>
    private static string[] NextTags(string[] current, string[]? requested, bool reset)
    {
        if (requested is null)
        {
            return reset ? [] : current;
        }

        return reset || requested.Length == 0 ? requested : TagSidList.Merge(current, requested);
    }

    private static PropertyBag NextProperties(PropertyBag current, PropertyBag? requested, bool reset)
    {
        if (requested is null)
        {
            return reset ? PropertyBag.Empty : current;
        }

        return reset || requested.Count == 0 ? requested : current.MergeWith(requested);
    }

    private static void AddWelcome(EssentialChannel channel, UpsertCommand command, EssentialSubscriber subscriber, List<PendingMessage> messages)
    {
        var metadata = new Dictionary<string, string> { ["channel_sid"] = channel.Sid, ["subscriber_sid"] = subscriber.Sid };
        if (command.WelcomeMessageBody is not null)
        {
            messages.Add(new PendingMessage(MessageKinds.Welcome, subscriber.PhoneNumber, command.WelcomeMessageBody, metadata));
            return;
        }

        if (command.SendWelcomeSeries)
        {
            var series = channel.ChooseWelcomeSeries(subscriber.TagSids);
            if (series is null)
            {
                return;
            }

            foreach (var item in series.ItemsInOrder())
            {
                messages.Add(new PendingMessage(
                    MessageKinds.WelcomeSeries,
                    subscriber.PhoneNumber,
                    item.Body ?? string.Empty,
                    new Dictionary<string, string>(metadata)
                    {
                        ["welcome_series_sid"] = series.Sid,
                        ["item_sid"] = item.Sid,
                        ["sequence_id"] = item.SequenceId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["media_urls"] = string.Join(' ', item.MediaUrls),
                    }));
            }

            return;
        }

        // A workflow named in the request is the welcome automation; otherwise the channel's own welcome.
        if (command.WorkflowSidToStart is null && channel.WelcomeMessage is { } channelWelcome)
        {
            messages.Add(new PendingMessage(MessageKinds.Welcome, subscriber.PhoneNumber, channelWelcome, metadata));
        }
    }
}
