using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// What a new subscriber is welcomed with: at most one of <c>welcome_message_body</c>,
/// <c>send_welcome_series</c> and <c>workflow_sid_to_start</c>; the series chosen by tag; the
/// channel's own welcome when the request names none.
/// </summary>
internal static class WelcomeRules
{
    /// <summary>Refuses an empty body, two choices at once, or a series on a channel without one (400).</summary>
    public static void CheckChoice(EssentialChannel channel, UpsertCommand command)
    {
        if (command.WelcomeMessageBody is { Length: 0 })
        {
            throw RequestRefusedException.BadRequest("'welcome_message_body' must not be empty.");
        }

        var choices = (command.WelcomeMessageBody is null ? 0 : 1)
            + (command.SendWelcomeSeries ? 1 : 0)
            + (command.WorkflowSidToStart is null ? 0 : 1);
        if (choices > 1)
        {
            throw RequestRefusedException.BadRequest(
                "'welcome_message_body', 'send_welcome_series' and 'workflow_sid_to_start' are mutually exclusive; send at most one.");
        }

        if (command.SendWelcomeSeries && !channel.WelcomeSeries.Exists(series => series.Enabled))
        {
            throw RequestRefusedException.BadRequest(
                "'send_welcome_series' was requested but the channel has no welcome series configured.");
        }
    }

    /// <summary>
    /// Essential's rule: the enabled series with the highest position whose tags match one of the
    /// subscriber's tags; otherwise the default series at position 0; otherwise none.
    /// </summary>
    public static EssentialWelcomeSeries? ChooseSeries(EssentialChannel channel, string[] subscriberTagSids)
    {
        EssentialWelcomeSeries? best = null;
        EssentialWelcomeSeries? fallback = null;
        foreach (var series in channel.WelcomeSeries)
        {
            if (!series.Enabled)
            {
                continue;
            }

            if (series.Position == 0)
            {
                fallback = series;
            }
            else if (TagSidList.Intersects(series.TagSids, subscriberTagSids)
                && (best is null || series.Position > best.Position))
            {
                best = series;
            }
        }

        return best ?? fallback;
    }

    /// <summary>Stages the welcome of a subscriber the upsert creates (called only for new, subscribed ones).</summary>
    public static void SendWelcome(UnitOfWork<EssentialAccount> work, EssentialChannel channel, UpsertCommand command, EssentialSubscriber subscriber)
    {
        var metadata = new Dictionary<string, string> { ["channel_sid"] = channel.Sid, ["subscriber_sid"] = subscriber.Sid };
        if (command.WelcomeMessageBody is not null)
        {
            work.Send(Messages.Sms(MessageKinds.Welcome, subscriber.PhoneNumber, command.WelcomeMessageBody, metadata));
            return;
        }

        if (command.SendWelcomeSeries)
        {
            if (ChooseSeries(channel, subscriber.TagSids) is not { } series)
            {
                return;
            }

            foreach (var item in series.ItemsInOrder())
            {
                work.Send(Messages.Sms(
                    MessageKinds.WelcomeSeries,
                    subscriber.PhoneNumber,
                    item.Body ?? string.Empty,
                    new Dictionary<string, string>(metadata)
                    {
                        ["welcome_series_sid"] = series.Sid,
                        ["item_sid"] = item.Sid,
                        ["sequence_id"] = item.SequenceId.ToString(CultureInfo.InvariantCulture),
                        ["media_urls"] = string.Join(' ', item.MediaUrls),
                    }));
            }

            return;
        }

        // A workflow named in the request is the welcome automation; otherwise the channel's own welcome.
        if (command.WorkflowSidToStart is null && channel.WelcomeMessage is { } channelWelcome)
        {
            work.Send(Messages.Sms(MessageKinds.Welcome, subscriber.PhoneNumber, channelWelcome, metadata));
        }
    }
}
