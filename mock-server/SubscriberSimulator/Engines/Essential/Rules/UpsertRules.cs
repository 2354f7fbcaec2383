using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// Essential's upsert: every check first (channel, phone, email, welcome choice, tags, workflow,
/// the 405 for an unsubscribed number, the 412 for a landline), then the next version of the
/// subscriber and its messages are staged on the unit of work. The caller's work holds the
/// account's lock, so concurrent upserts of one number serialise and exactly one of them creates.
/// </summary>
internal static class UpsertRules
{
    public const string UnsubscribedMessage =
        "The subscriber has unsubscribed and cannot be re-added by upsert. Honour the opt-out; if you have the legal right to re-subscribe them, use the update endpoint.";

    public static UpsertOutcome Upsert(UnitOfWork<EssentialAccount> work, string channelSid, UpsertCommand command)
    {
        var account = work.Tenant;
        var channel = account.GetChannel(channelSid);
        var phone = UsPhoneNumber.Parse("phone_number", command.PhoneNumber);
        var email = command.EmailAddress is null ? null : EmailAddressRule.Normalize("email_address", command.EmailAddress);
        WelcomeRules.CheckChoice(channel, command);
        var tagSids = command.TagSids is null ? null : ChannelConfigRules.ResolveTags(channel, command.TagSids, allowDeleted: false);
        var workflow = command.WorkflowSidToStart is null ? null : WorkflowRules.FindStartable(account, command.WorkflowSidToStart);

        var now = work.Now.UtcDateTime;
        channel.SubscribersByPhone.TryGetValue(phone, out var existing);
        if (existing is { Status: SubscriberStatus.Unsubscribed })
        {
            throw new RequestRefusedException(405, UnsubscribedMessage);
        }

        var next = existing is null
            ? SubscriberRules.NewSubscriber(work, channel, phone, command.Status ?? SubscriberStatus.Subscribed)
            : existing.WithStatus(command.Status ?? existing.Status, now) with { UpdatedAt = now };
        next = next with
        {
            EmailAddress = email ?? next.EmailAddress,
            ExternalUserId = command.ExternalUserId ?? next.ExternalUserId,
            TagSids = NextTags(next.TagSids, tagSids, command.Reset),
            Properties = NextProperties(next.Properties, command.Properties, command.Reset),
        };

        if (existing is null && next.Status == SubscriberStatus.Subscribed)
        {
            WelcomeRules.SendWelcome(work, channel, command, next);
        }

        work.OnCommit(() => account.CommitSubscriber(existing, next));
        if (workflow is not null)
        {
            WorkflowRules.Start(work, workflow, next, command.WorkflowKwargsJson);
        }

        return new UpsertOutcome(existing is null, next);
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
}
