using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// Opt-out rules: the phone reaches TEXT subscriptions only and the email EMAIL subscriptions only;
/// without a subscriptions list everything reached is unsubscribed; nobody reached is a 404.
/// </summary>
internal static class UnsubscribeRules
{
    public const string NewlyUnsubscribed = "NEWLY_UNSUBSCRIBED";
    public const string PreviouslyUnsubscribed = "PREVIOUSLY_UNSUBSCRIBED";

    public static List<SubscriptionResult> Unsubscribe(UnitOfWork<AttentiveCompany> work, UnsubscribeCommand command)
    {
        var company = work.Tenant;
        var phone = Find(company, AttentiveChannel.Text, command.User.PhoneKey);
        var email = Find(company, AttentiveChannel.Email, command.User.EmailKey);
        if (phone is null && email is null)
        {
            throw RequestRefusedException.NotFound("No user with the given phone or email exists.");
        }

        var results = new List<SubscriptionResult>(4);
        var reachedText = phone is not null && UnsubscribeContact(work, phone, AttentiveChannel.Text, command, results);
        if (email is not null)
        {
            UnsubscribeContact(work, email, AttentiveChannel.Email, command, results);
        }

        // Attentive confirms a TEXT unsubscribe by text, even a repeated one, unless the caller opts out.
        if (reachedText && !command.NotificationDisabled)
        {
            work.Send(Messages.UnsubscribeConfirmation(company, command.User.Phone!, command.NotificationLanguage));
        }

        return results;
    }

    private static AttentiveContact? Find(AttentiveCompany company, AttentiveChannel channel, string? key) =>
        key is not null && company.Contacts(channel).TryGetValue(key, out var contact) && contact.HasAnySubscription ? contact : null;

    /// <returns>True when the contact had at least one requested subscription.</returns>
    private static bool UnsubscribeContact(
        UnitOfWork<AttentiveCompany> work,
        AttentiveContact contact,
        AttentiveChannel channel,
        UnsubscribeCommand command,
        List<SubscriptionResult> results)
    {
        var reached = false;
        foreach (var type in SubscriptionTypes.All)
        {
            var state = contact.Get(type);
            if (state == AttentiveSubscriptionState.None || !Requested(command, type, channel))
            {
                continue;
            }

            reached = true;
            if (state == AttentiveSubscriptionState.Unsubscribed)
            {
                results.Add(new SubscriptionResult(type, channel, PreviouslyUnsubscribed));
                continue;
            }

            work.OnCommit(() => contact.Set(type, AttentiveSubscriptionState.Unsubscribed));
            results.Add(new SubscriptionResult(type, channel, NewlyUnsubscribed));
        }

        return reached;
    }

    private static bool Requested(UnsubscribeCommand command, AttentiveSubscriptionType type, AttentiveChannel channel)
    {
        if (command.Subscriptions is null)
        {
            return true;
        }

        foreach (var requested in command.Subscriptions)
        {
            if (requested.Type == type && requested.Channel == channel)
            {
                return true;
            }
        }

        return false;
    }
}
