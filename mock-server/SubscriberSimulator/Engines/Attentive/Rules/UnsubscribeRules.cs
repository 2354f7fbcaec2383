using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// Opt-out rules: the phone reaches TEXT subscriptions only and the email EMAIL subscriptions only;
/// without a subscriptions list everything reached is unsubscribed.
/// </summary>
internal static class UnsubscribeRules
{
    public const string NewlyUnsubscribed = "NEWLY_UNSUBSCRIBED";
    public const string PreviouslyUnsubscribed = "PREVIOUSLY_UNSUBSCRIBED";

    public static List<SubscriptionResult> Plan(CompanyTransaction transaction, UnsubscribeCommand command)
    {
        if (command.Phone is null && command.Email is null)
        {
            throw AttentiveRequestException.BadRequest("user must contain a phone or an email.");
        }

        var company = transaction.Company;
        var phone = Find(company, AttentiveChannel.Text, command.Phone, "user.phone");
        var email = Find(company, AttentiveChannel.Email, command.Email, "user.email");
        if (phone is null && email is null)
        {
            throw AttentiveRequestException.NotFound("No user with the given phone or email exists.");
        }

        var results = new List<SubscriptionResult>(4);
        var reachedText = false;
        if (phone is not null)
        {
            reachedText = PlanContact(transaction, phone, AttentiveChannel.Text, command, results);
        }

        if (email is not null)
        {
            PlanContact(transaction, email, AttentiveChannel.Email, command, results);
        }

        // Attentive confirms a TEXT unsubscribe by text, even a repeated one, unless the caller opts out.
        if (reachedText && !command.NotificationDisabled)
        {
            transaction.Send(AttentiveMessages.UnsubscribeConfirmation(company, command.Phone!, command.NotificationLanguage));
        }

        return results;
    }

    private static AttentiveContact? Find(AttentiveCompany company, AttentiveChannel channel, string? identifier, string field)
    {
        if (identifier is null)
        {
            return null;
        }

        var key = ContactIdentifiers.RequireKey(channel, identifier, field);
        return company.Contacts(channel).TryGetValue(key, out var contact) && contact.HasAnySubscription ? contact : null;
    }

    private static bool PlanContact(
        CompanyTransaction transaction,
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

            transaction.Change(new ContactChange(contact, null, type, AttentiveSubscriptionState.Unsubscribed, null));
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
